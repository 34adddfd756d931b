import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from './common/auth/auth.guard';
import { ProblemFilter } from './common/errors/problem.filter';
import { EventsModule } from './common/events/events.module';
import { CsrfGuard } from './common/http/csrf.guard';
import { RouteMethods } from './common/http/route-methods';
import { JobsModule } from './common/jobs/jobs.module';
import { StorageModule } from './common/storage/storage.module';
import { ContractPipe } from './common/validation/contract.pipe';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { AccountsModule } from './modules/accounts/accounts.module';
import { ActivitiesModule } from './modules/activities/activities.module';
import { AuthModule } from './modules/auth/auth.module';
import { BudgetsModule } from './modules/budgets/budgets.module';
import { CalendarFeedsModule } from './modules/calendar/calendar-feeds.module';
import { CalendarSourcesModule } from './modules/calendar/calendar-sources.module';
import { CasesModule } from './modules/cases/cases.module';
import { DevModule } from './modules/dev/dev.module';
// The domain-event bus is `EventsModule` too; this one is the product's events.
import { EventsModule as ProductEventsModule } from './modules/events/events.module';
import { FeedModule } from './modules/feed/feed.module';
import { FeedSourcesModule } from './modules/feed/feed-sources.module';
import { FundingCallsModule } from './modules/funding-calls/funding-calls.module';
import { HealthModule } from './modules/health/health.module';
import { LiveModule } from './modules/live/live.module';
import { LivePresenceModule } from './modules/live/live-presence';
import { MailModule } from './modules/mail/mail.module';
import { MatchingModule } from './modules/matching/matching.module';
import { MessagingModule } from './modules/messaging/messaging.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { ModerationTargetsModule } from './modules/moderation/moderation-targets.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { PartnerSearchesModule } from './modules/partner-searches/partner-searches.module';
import { PetitionsModule } from './modules/petitions/petitions.module';
import { PostsModule } from './modules/posts/posts.module';
import { ProcessesModule } from './modules/processes/processes.module';
import { ProfilesModule } from './modules/profiles/profiles.module';
import { SearchModule } from './modules/search/search.module';
import { SocialModule } from './modules/social/social.module';
import { TaxonomyModule } from './modules/taxonomy/taxonomy.module';
import { ToolsModule } from './modules/tools/tools.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, config.database.poolSize),
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        StorageModule,
        EventsModule,
        JobsModule.forRoot(databaseUrl),
        ModerationTargetsModule,
        CalendarSourcesModule,
        FeedSourcesModule,
        LivePresenceModule,
        HealthModule,
        MailModule,
        NotificationsModule,
        AccountsModule,
        AuthModule,
        TaxonomyModule,
        ProfilesModule,
        OrganisationsModule,
        SocialModule,
        ActivitiesModule,
        PostsModule,
        ProductEventsModule,
        CalendarFeedsModule,
        FundingCallsModule,
        ModerationModule,
        ToolsModule,
        CasesModule,
        FeedModule,
        MessagingModule,
        LiveModule,
        SearchModule,
        MatchingModule,
        PartnerSearchesModule,
        PetitionsModule,
        ProcessesModule,
        BudgetsModule,
        ...(config.isProduction ? [] : [DevModule]),
      ],
      providers: [
        RouteMethods,
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useClass: ContractPipe },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: CsrfGuard },
      ],
    };
  }
}
