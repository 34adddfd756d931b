import type { DataSourceOptions } from 'typeorm';
import { AccountToken } from '../modules/accounts/entities/account-token.entity';
import { User } from '../modules/accounts/entities/user.entity';
import { Activity } from '../modules/activities/entities/activity.entity';
import { RefreshToken } from '../modules/auth/entities/refresh-token.entity';
import { Session } from '../modules/auth/entities/session.entity';
import { BallotEntity } from '../modules/budgets/entities/ballot.entity';
import { BudgetEntity } from '../modules/budgets/entities/budget.entity';
import { BudgetProjectEntity } from '../modules/budgets/entities/budget-project.entity';
import { CalendarFeedEntity } from '../modules/calendar/entities/calendar-feed.entity';
import { CaseEntity } from '../modules/cases/entities/case.entity';
import { CasePartyEntity } from '../modules/cases/entities/case-party.entity';
import { EventEntity } from '../modules/events/entities/event.entity';
import { EventRsvp } from '../modules/events/entities/event-rsvp.entity';
import { FundingCallEntity } from '../modules/funding-calls/entities/funding-call.entity';
import { FundingCallSave } from '../modules/funding-calls/entities/funding-call-save.entity';
import { OutboxMail } from '../modules/mail/entities/outbox-mail.entity';
import { OrganisationSuggestionCandidates } from '../modules/matching/entities/organisation-suggestion-candidates.entity';
import { OrganisationSuggestionDismissal } from '../modules/matching/entities/organisation-suggestion-dismissal.entity';
import { PersonSuggestionCandidates } from '../modules/matching/entities/person-suggestion-candidates.entity';
import { PersonSuggestionDismissal } from '../modules/matching/entities/person-suggestion-dismissal.entity';
import { ContactRequestEntity } from '../modules/messaging/entities/contact-request.entity';
import { ConversationEntity } from '../modules/messaging/entities/conversation.entity';
import { ConversationParticipantEntity } from '../modules/messaging/entities/conversation-participant.entity';
import { MessageEntity } from '../modules/messaging/entities/message.entity';
import { ModerationAction } from '../modules/moderation/entities/moderation-action.entity';
import { Report } from '../modules/moderation/entities/report.entity';
import { PartnerInterestEntity } from '../modules/partner-searches/entities/partner-interest.entity';
import { PartnerSearchEntity } from '../modules/partner-searches/entities/partner-search.entity';
import { PetitionEntity } from '../modules/petitions/entities/petition.entity';
import { PetitionSignatureEntity } from '../modules/petitions/entities/petition-signature.entity';
import { PostEntity } from '../modules/posts/entities/post.entity';
import { PostCommentEntity } from '../modules/posts/entities/post-comment.entity';
import { PostReactionEntity } from '../modules/posts/entities/post-reaction.entity';
import { PostSlugRedirectEntity } from '../modules/posts/entities/post-slug-redirect.entity';
import { IdeaEntity } from '../modules/processes/entities/idea.entity';
import { IdeaAnswerEntity } from '../modules/processes/entities/idea-answer.entity';
import { IdeaCommentEntity } from '../modules/processes/entities/idea-comment.entity';
import { IdeaUpdateEntity } from '../modules/processes/entities/idea-update.entity';
import { ProcessEntity } from '../modules/processes/entities/process.entity';
import { ProcessPhaseEntity } from '../modules/processes/entities/process-phase.entity';
import { Tool } from '../modules/tools/entities/tool.entity';
import { ToolUsage } from '../modules/tools/entities/tool-usage.entity';
import { Accounts1763805600000 } from './migrations/1763805600000-accounts';
import { SocialGraph1763900000000 } from './migrations/1763900000000-social-graph';
import { Topics1763900100000 } from './migrations/1763900100000-topics';
import { DirectoryIndexes1763900200000 } from './migrations/1763900200000-directory-indexes';
import { UserLocale1764000000000 } from './migrations/1764000000000-user-locale';
import { FollowAndBlockListIndexes1764100000000 } from './migrations/1764100000000-follow-and-block-list-indexes';
import { Activities1764200000000 } from './migrations/1764200000000-activities';
import { Posts1764300000000 } from './migrations/1764300000000-posts';

import { Events1764400000000 } from './migrations/1764400000000-events';

import { FundingCalls1764500000000 } from './migrations/1764500000000-funding-calls';
import { ToolsAndModeration1764600000000 } from './migrations/1764600000000-tools-and-moderation';
import { PostTopics1764700000000 } from './migrations/1764700000000-post-topics';
import { ActivityTopics1764800000000 } from './migrations/1764800000000-activity-topics';
import { OutboxDeliveryAttempts1764900000000 } from './migrations/1764900000000-outbox-delivery-attempts';
import { PostCommentsByPost1765000000000 } from './migrations/1765000000000-post-comments-by-post';
import { Notifications1765100000000 } from './migrations/1765100000000-notifications';
import { DropEventNotices1765200000000 } from './migrations/1765200000000-drop-event-notices';
import { FeedNewsIndexes1765300000000 } from './migrations/1765300000000-feed-news-indexes';
import { SearchDocuments1766100000000 } from './migrations/1766100000000-search-documents';
import { SuggestionDismissals1766200000000 } from './migrations/1766200000000-suggestion-dismissals';
import { ContactAndConversations1766300000000 } from './migrations/1766300000000-contact-and-conversations';
import { PartnerSearches1766400000000 } from './migrations/1766400000000-partner-searches';
import { SuggestionCandidates1766500000000 } from './migrations/1766500000000-suggestion-candidates';
import { Processes1767100000000 } from './migrations/1767100000000-processes';
import { ProcessSearch1767100100000 } from './migrations/1767100100000-process-search';
import { Petitions1767200000000 } from './migrations/1767200000000-petitions';
import { PetitionSearch1767200100000 } from './migrations/1767200100000-petition-search';
import { Budgets1767300000000 } from './migrations/1767300000000-budgets';
import { Cases1767400000000 } from './migrations/1767400000000-cases';
import { CaseSearch1767400100000 } from './migrations/1767400100000-case-search';

export const entities = [
  CaseEntity,
  CasePartyEntity,
  User,
  AccountToken,
  Session,
  RefreshToken,
  OutboxMail,
  Activity,
  PostEntity,
  PostCommentEntity,
  PostReactionEntity,
  PostSlugRedirectEntity,
  EventEntity,
  EventRsvp,
  CalendarFeedEntity,
  FundingCallEntity,
  FundingCallSave,
  Tool,
  ToolUsage,
  Report,
  ModerationAction,
  ContactRequestEntity,
  ConversationEntity,
  ConversationParticipantEntity,
  MessageEntity,
  PersonSuggestionDismissal,
  PersonSuggestionCandidates,
  OrganisationSuggestionCandidates,
  OrganisationSuggestionDismissal,
  PartnerSearchEntity,
  PartnerInterestEntity,
  PetitionEntity,
  PetitionSignatureEntity,
  ProcessEntity,
  ProcessPhaseEntity,
  IdeaEntity,
  IdeaCommentEntity,
  IdeaAnswerEntity,
  IdeaUpdateEntity,
  BudgetEntity,
  BudgetProjectEntity,
  BallotEntity,
];
export const migrations = [
  Accounts1763805600000,
  SocialGraph1763900000000,
  Topics1763900100000,
  DirectoryIndexes1763900200000,
  UserLocale1764000000000,
  FollowAndBlockListIndexes1764100000000,
  Activities1764200000000,
  Posts1764300000000,
  Events1764400000000,
  FundingCalls1764500000000,
  ToolsAndModeration1764600000000,
  PostTopics1764700000000,
  ActivityTopics1764800000000,
  OutboxDeliveryAttempts1764900000000,
  PostCommentsByPost1765000000000,
  Notifications1765100000000,
  DropEventNotices1765200000000,
  FeedNewsIndexes1765300000000,
  SearchDocuments1766100000000,
  SuggestionDismissals1766200000000,
  ContactAndConversations1766300000000,
  PartnerSearches1766400000000,
  SuggestionCandidates1766500000000,
  Cases1767400000000,
  CaseSearch1767400100000,
  Petitions1767200000000,
  PetitionSearch1767200100000,
  Processes1767100000000,
  ProcessSearch1767100100000,
  Budgets1767300000000,
];

/** One definition of the database connection, used by the app, the CLI and the tests. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    poolSize,
    extra: {
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      application_name: 'open-spaces-api',
      // Every query here is a short index walk with a LIMIT, yet some (the home feed's
      // per-source scans with visibility subplans) are estimated far above jit_above_cost:
      // compiling them took ~900 ms for a query that runs in ~25 ms.
      options: '-c jit=off',
    },
  };
}
