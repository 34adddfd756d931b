import { Inject, Injectable } from '@nestjs/common';
import type { Invitation, InviteRequest, Organisation, OrganisationRole } from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { MailService } from '../mail/mail.service';
import { Notifier } from '../notifications/notifier';
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
 * handle looks unknown. A person with a confirmed account is notified (and mailed, if
 * that is their channel for invitations); an address without one gets the invitation mail.
 * Accepting creates the membership with the invited role in the same transaction that
 * closes the invitation, and tells the organisation's owners and admins. Each person may
 * send INVITE_LIMIT_PER_HOUR.
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
    private readonly notifier: Notifier,
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
      if (invitee.accountId && (await this.memberships.findRole(organisation.id, invitee.accountId, tx)))
        throw organisationErrors.alreadyMember();
      if (await this.invitations.hasPending(tx, organisation.id, invitee))
        throw organisationErrors.alreadyInvited();
      const invitationId = await this.invitations.insert(tx, {
        organisationId: organisation.id,
        invitedBy: inviter.id,
        invitee,
        role: input.role,
      });
      if (invitee.accountId) {
        await this.notifier.notify(tx, [
          {
            userId: invitee.accountId,
            kind: 'organisation_invitation',
            actorId: inviter.id,
            organisationId: organisation.id,
            subject: { type: 'invitation', id: invitationId, title: organisation.name, path: '/invitations' },
            details: { role: input.role },
          },
        ]);
      }
      return invitationId;
    });
    // An account holder hears of it through the notification, on the channel they chose
    // (mail at once by default), so the invitation mail is only for addresses without one.
    if (!invitee.accountId)
      await this.mailInvitation(id, inviter, organisation.name, input.role, invitee.email);
    return toInvitation(await this.requireInvitation(id, inviter.id));
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

  /**
   * Joins the organisation with the invited role, telling its owners and admins; returns it
   * as the new member sees it.
   */
  async accept(id: string, user: AuthUser): Promise<Organisation> {
    const slug = await this.organisations.transaction(async (tx) => {
      const invitation = await this.invitations.lockPendingForUser(tx, id, user.id);
      if (!invitation) throw organisationErrors.invitationNotFound();
      await this.organisations.lockForMembershipChange(tx, invitation.organisation_id);
      if (!(await this.memberships.insert(tx, invitation.organisation_id, user.id, invitation.role)))
        throw organisationErrors.alreadyMember();
      await this.invitations.close(tx, id, 'accepted');
      const managers = await this.memberships.findManagersSeeing(tx, invitation.organisation_id, user.id);
      await this.notifier.notify(
        tx,
        managers.map((managerId) => ({
          userId: managerId,
          kind: 'member_joined',
          actorId: user.id,
          organisationId: invitation.organisation_id,
          subject: {
            type: 'organisation',
            id: invitation.organisation_id,
            title: invitation.organisation_name,
            path: `/organisations/${invitation.organisation_slug}/manage`,
          },
          details: { role: invitation.role },
        })),
      );
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

  /** The invitation mail to an address without a confirmed account, in the inviter's language. */
  private async mailInvitation(
    id: string,
    inviter: AuthUser,
    organisationName: string,
    role: OrganisationRole,
    email: string,
  ): Promise<void> {
    // The mail names the inviter only if an anonymous reader could see their profile.
    const asAnyoneSees = await this.requireInvitation(id, null);
    await this.mail.send(
      invitationMail(
        email,
        {
          organisationName,
          inviterName: asAnyoneSees.inviter_name,
          role,
          link: `${this.config.publicUrl}/invitations`,
        },
        (await this.invitations.findMailLocale(inviter.id)) ?? 'en',
      ),
    );
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
