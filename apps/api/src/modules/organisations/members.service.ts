import { Inject, Injectable } from '@nestjs/common';
import type { Member, MemberPage, OrganisationRole, PublisherList } from '@open-spaces/contracts';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { decodeCursor, NameIdKey, toPage } from '../../common/pagination/cursor';
import { imageUrls } from '../../common/storage/images';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { type MemberRow, MembershipsRepository } from './memberships.repository';
import {
  type Actor,
  canManageMembers,
  canRemove,
  canSeeMembers,
  canSetRole,
} from './organisation-permissions';
import { organisationErrors } from './organisations.errors';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';

/**
 * Owns who belongs to an organisation: the member list, roles, removal and leaving, and
 * the organisations a person may publish posts and events as. Owners and admins manage
 * members; only owners (and site admins) make, change or remove owners, and the last owner
 * can neither be demoted, removed nor leave. Changes run under a lock on the organisation
 * row, so two of them cannot both remove "the other" owner.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly organisationsService: OrganisationsService,
    private readonly organisations: OrganisationsRepository,
    private readonly memberships: MembershipsRepository,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async list(
    slug: string,
    viewer: AuthUser | undefined,
    query: { after?: string; limit: number },
  ): Promise<MemberPage> {
    const { organisation, actor } = await this.organisationsService.access(slug, viewer);
    if (!canSeeMembers(organisation.show_members, actor)) throw organisationErrors.membersHidden();
    const after = decodeCursor(query.after, NameIdKey);
    const rows = await this.memberships.findPage(organisation.id, viewer?.id ?? null, after, query.limit);
    return toPage(
      rows,
      query.limit,
      (row) => this.toMember(row),
      (row) => [row.sort_name, row.user_id],
    );
  }

  /** The organisations the person is an editor or above of, which posts and events are published as. */
  async publishable(viewer: AuthUser): Promise<PublisherList> {
    return { items: await this.memberships.findPublishable(viewer.id) };
  }

  async changeRole(slug: string, viewer: AuthUser, handle: string, role: OrganisationRole): Promise<Member> {
    const { organisation, actor } = await this.organisationsService.access(slug, viewer);
    assertManagesMembers(actor);
    return this.organisations.transaction(async (tx) => {
      await this.organisations.lockForMembershipChange(tx, organisation.id);
      const target = await this.memberships.findByHandle(tx, organisation.id, handle);
      if (!target) throw organisationErrors.memberNotFound();
      if (!canSetRole(actor, target.role, role))
        throw organisationErrors.forbidden(
          'Only owners make, change or remove owners; admins manage the others.',
        );
      if (
        target.role === 'owner' &&
        role !== 'owner' &&
        (await this.memberships.countOwners(tx, organisation.id)) <= 1
      )
        throw organisationErrors.lastOwner();
      await this.memberships.setRole(tx, organisation.id, target.user_id, role);
      return this.toMember({ ...target, role });
    });
  }

  async remove(slug: string, viewer: AuthUser, handle: string): Promise<void> {
    const { organisation, actor } = await this.organisationsService.access(slug, viewer);
    assertManagesMembers(actor);
    await this.organisations.transaction(async (tx) => {
      await this.organisations.lockForMembershipChange(tx, organisation.id);
      const target = await this.memberships.findByHandle(tx, organisation.id, handle);
      if (!target) throw organisationErrors.memberNotFound();
      if (!canRemove(actor, target.role))
        throw organisationErrors.forbidden(
          'Only owners and admins remove members, and only owners remove owners.',
        );
      await this.removeKeepingAnOwner(tx, organisation.id, target.user_id, target.role);
    });
  }

  async leave(slug: string, viewer: AuthUser): Promise<void> {
    const { organisation } = await this.organisationsService.access(slug, viewer);
    await this.organisations.transaction(async (tx) => {
      await this.organisations.lockForMembershipChange(tx, organisation.id);
      const role = await this.memberships.findRole(organisation.id, viewer.id, tx);
      if (!role) throw organisationErrors.memberNotFound();
      await this.removeKeepingAnOwner(tx, organisation.id, viewer.id, role);
    });
  }

  private async removeKeepingAnOwner(
    tx: EntityManager,
    organisationId: string,
    userId: string,
    role: OrganisationRole,
  ): Promise<void> {
    if (role === 'owner' && (await this.memberships.countOwners(tx, organisationId)) <= 1)
      throw organisationErrors.lastOwner();
    await this.memberships.remove(tx, organisationId, userId);
  }

  private toMember(row: MemberRow): Member {
    return {
      handle: row.handle,
      displayName: row.display_name,
      headline: row.headline,
      avatar: imageUrls(this.storage, row.avatar_key),
      role: row.role,
      joinedAt: row.created_at.toISOString(),
    };
  }
}

/**
 * Whether someone is a member is itself private, so a person who may not manage members
 * is refused before the handle is looked up: one answer for a member, for someone who is
 * not one and for a handle no one has. Only managers learn which of these it is.
 */
function assertManagesMembers(actor: Actor): void {
  if (!canManageMembers(actor)) throw organisationErrors.cannotManageMembers();
}
