import { Inject, Injectable } from '@nestjs/common';
import type { Invitation, InviteRequest, Organisation } from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { MailService } from '../mail/mail.service';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { invitationMail } from './invitation.mail';
import { type InvitationRow, InvitationsRepository } from './invitations.repository';
import { MembershipsRepository } from './memberships.repository';
import { canManageMembers, canSetRole } from './organisation-permissions';
import { organisationErrors } from './organisations.errors';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';

type InviteInput = z.output<typeof InviteRequest>;

/**
 * Owns invitations to organisations. Owners and admins invite a person by handle or
 * anyone by email; an email invitation waits for its address and shows to whoever holds
 * an account with that address verified. A blocked pair cannot invite each other: the
 * handle looks unknown. Accepting creates the membership with the invited role in the
 * same transaction that closes the invitation. Each person may send INVITE_LIMIT_PER_HOUR.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organisationsService: OrganisationsService,
    private readonly organisations: OrganisationsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly invitations: InvitationsRepository,
    private readonly mail: MailService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async invite(slug: string, inviter: AuthUser, input: InviteInput): Promise<Invitation> {
    const { organisation, actor } = await this.organisationsService.access(slug, inviter);
    if (!canManageMembers(actor)) throw organisationErrors.forbidden('Only owners and admins invite people.');
    if (!canSetRole(actor, null, input.role))
      throw organisationErrors.forbidden('Only owners invite owners.');
    // Each invitation can send a mail to any address: a limit per person keeps the product
    // from being used to flood inboxes or to probe which handles and addresses exist.
    await this.rateLimits.consume({
      key: `invite:user:${inviter.id}`,
      max: this.config.rateLimits.invitesPerHour,
      windowSeconds: 3600,
    });
    const invitee =
      'handle' in input
        ? await this.invitations.findInviteeByHandle(input.handle, inviter.id, actor.siteAdmin)
        : await this.invitations.findInviteeByEmail(input.email);
    if (!invitee) throw organisationErrors.inviteeNotFound();

    const id = await this.organisations.transaction(async (tx) => {
      await this.organisations.lockForMembershipChange(tx, organisation.id);
      if (invitee.accountId && (await this.memberships.findRole(tx, organisation.id, invitee.accountId)))
        throw organisationErrors.alreadyMember();
      if (await this.invitations.hasPending(tx, organisation.id, invitee))
        throw organisationErrors.alreadyInvited();
      return this.invitations.insert(tx, {
        organisationId: organisation.id,
        invitedBy: inviter.id,
        invitee,
        role: input.role,
      });
    });
    const invitation = await this.requireInvitation(id, inviter.id);
    // The mail names the inviter only if the invited person could see their profile.
    const asInviteeSees = await this.requireInvitation(id, invitee.accountId);
    // In the invited account's language; an address without a confirmed account gets the inviter's.
    const locale = invitee.account?.locale ?? (await this.invitations.findMailLocale(inviter.id)) ?? 'en';
    await this.mail.send(
      invitationMail(
        invitee.email,
        {
          organisationName: organisation.name,
          inviterName: asInviteeSees.inviter_name,
          inviteeName: invitee.account?.displayName ?? null,
          role: input.role,
          link: `${this.config.publicUrl}/invitations`,
        },
        locale,
      ),
    );
    return toInvitation(invitation);
  }

  async listPending(slug: string, viewer: AuthUser): Promise<Invitation[]> {
    const { organisation, actor } = await this.organisationsService.access(slug, viewer);
    if (!canManageMembers(actor))
      throw organisationErrors.forbidden('Only owners and admins see invitations.');
    return (await this.invitations.findPendingForOrganisation(organisation.id, viewer.id)).map(toInvitation);
  }

  async revoke(slug: string, viewer: AuthUser, id: string): Promise<void> {
    const { organisation, actor } = await this.organisationsService.access(slug, viewer);
    if (!canManageMembers(actor))
      throw organisationErrors.forbidden('Only owners and admins revoke invitations.');
    const revoked = await this.organisations.transaction((tx) =>
      this.invitations.close(tx, id, 'revoked', organisation.id),
    );
    if (!revoked) throw organisationErrors.invitationNotFound();
  }

  async listMine(user: AuthUser): Promise<Invitation[]> {
    return (await this.invitations.findPendingForUser(user.id)).map(toInvitation);
  }

  /** Joins the organisation with the invited role; returns it as the new member sees it. */
  async accept(id: string, user: AuthUser): Promise<Organisation> {
    const slug = await this.organisations.transaction(async (tx) => {
      const invitation = await this.invitations.lockPendingForUser(tx, id, user.id);
      if (!invitation) throw organisationErrors.invitationNotFound();
      await this.organisations.lockForMembershipChange(tx, invitation.organisation_id);
      if (!(await this.memberships.insert(tx, invitation.organisation_id, user.id, invitation.role)))
        throw organisationErrors.alreadyMember();
      await this.invitations.close(tx, id, 'accepted');
      return invitation.organisation_slug;
    });
    return this.organisationsService.get(slug, user);
  }

  async decline(id: string, user: AuthUser): Promise<void> {
    await this.organisations.transaction(async (tx) => {
      if (!(await this.invitations.lockPendingForUser(tx, id, user.id)))
        throw organisationErrors.invitationNotFound();
      await this.invitations.close(tx, id, 'declined');
    });
  }

  private async requireInvitation(id: string, viewerId: string | null): Promise<InvitationRow> {
    const invitation = await this.invitations.findById(id, viewerId);
    if (!invitation) throw organisationErrors.invitationNotFound();
    return invitation;
  }
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    organisation: { slug: row.organisation_slug, name: row.organisation_name },
    role: row.role,
    handle: row.invitee_handle,
    email: row.email,
    invitedBy:
      row.inviter_handle && row.inviter_name
        ? { handle: row.inviter_handle, displayName: row.inviter_name }
        : null,
    status: row.status,
    createdAt: row.created_at.toISOString(),
  };
}
