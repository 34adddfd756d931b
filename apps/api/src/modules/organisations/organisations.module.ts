import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { MeOrganisationsController } from './me-organisations.controller';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { MembershipsRepository } from './memberships.repository';
import { OrganisationModeration } from './organisation-moderation';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';

/** Organisations, their members, roles and invitations. */
@Module({
  imports: [MailModule, RateLimitModule, TaxonomyModule],
  controllers: [OrganisationsController, MembersController, InvitationsController, MeOrganisationsController],
  providers: [
    OrganisationsService,
    MembersService,
    InvitationsService,
    OrganisationsRepository,
    MembershipsRepository,
    InvitationsRepository,
    OrganisationModeration,
  ],
  exports: [OrganisationsService, MembersService],
})
export class OrganisationsModule {}
