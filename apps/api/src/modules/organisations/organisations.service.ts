import { Inject, Injectable } from '@nestjs/common';
import type {
  CreateOrganisationRequest,
  Organisation,
  OrganisationDirectoryQuery,
  OrganisationPage,
  OrganisationRole,
  UpdateOrganisationRequest,
} from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { renderMarkdown } from '../../common/markdown/markdown';
import { decodeCursor, NameIdKey, toPage } from '../../common/pagination/cursor';
import { imageKeys, imageUrls, storeSquareImage } from '../../common/storage/images';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { MembershipsRepository } from './memberships.repository';
import { type Actor, canEditProfile, canEditSettings, canView } from './organisation-permissions';
import { organisationErrors } from './organisations.errors';
import {
  type OrganisationFields,
  type OrganisationRow,
  OrganisationsRepository,
  type OrganisationTraitsRow,
  SLUG_INDEX,
} from './organisations.repository';

type CreateInput = z.output<typeof CreateOrganisationRequest>;
type UpdateInput = z.output<typeof UpdateOrganisationRequest>;
type DirectoryInput = z.output<typeof OrganisationDirectoryQuery>;

/** An organisation as the viewer may see it, with what the viewer is to it. */
export interface OrganisationAccess {
  organisation: OrganisationRow;
  actor: Actor;
}

/**
 * Owns organisations: creating them, their page and directory, their profile and logo.
 * Permissions follow the roles: owners, admins and editors edit the profile and logo;
 * only owners and admins decide who sees the organisation (`visibility`) and whether
 * its member list is shown (`showMembers`), because both expose people. Site admins
 * may do everything an owner may. An organisation the viewer may not see answers 404,
 * exactly like one that does not exist.
 */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly memberships: MembershipsRepository,
    private readonly taxonomy: TaxonomyService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /**
   * The organisation at this slug and the person's role in it (null when not a member), for
   * a module checking whether the person may publish or run something as it; null when there
   * is no such organisation.
   */
  roleOf(slug: string, userId: string): Promise<{ id: string; role: OrganisationRole | null } | null> {
    return this.organisations.findRoleBySlug(slug, userId);
  }

  /** The person's role in the organisation with this id, or null when they are not a member. */
  roleIn(organisationId: string, userId: string): Promise<OrganisationRole | null> {
    return this.memberships.findRole(organisationId, userId);
  }

  /** The organisation at this slug if the viewer may see it; 404 otherwise. */
  async access(slug: string, viewer: AuthUser | undefined): Promise<OrganisationAccess> {
    return admitted(await this.organisations.findBySlugForViewer(slug, viewer?.id ?? null), viewer);
  }

  /**
   * As `access`, reading only the organisation's traits, visibility and the person's role
   * (no counts): for matching, which asks on every request for suggestions.
   */
  async accessTraits(
    slug: string,
    viewer: AuthUser,
  ): Promise<{ organisation: OrganisationTraitsRow; actor: Actor }> {
    return admitted(await this.organisations.findTraitsBySlug(slug, viewer.id), viewer);
  }

  async create(creator: AuthUser, input: CreateInput): Promise<Organisation> {
    await this.assertKnownValues(input, []);
    try {
      await this.organisations.create(fieldsOf(input), creator.id);
    } catch (error) {
      if (isUniqueViolation(error, SLUG_INDEX)) throw organisationErrors.slugTaken();
      throw error;
    }
    return this.get(input.slug, creator);
  }

  async get(slug: string, viewer: AuthUser | undefined): Promise<Organisation> {
    return this.toOrganisation((await this.access(slug, viewer)).organisation);
  }

  async directory(viewer: AuthUser | undefined, query: DirectoryInput): Promise<OrganisationPage> {
    const after = decodeCursor(query.after, NameIdKey);
    const rows = await this.organisations.findDirectoryPage(viewer?.id ?? null, query, after, query.limit);
    return toPage(
      rows,
      query.limit,
      (row) => ({
        slug: row.slug,
        name: row.name,
        kind: row.kind,
        country: row.country,
        topics: row.topics,
        offers: row.offers,
        needs: row.needs,
        logo: imageUrls(this.storage, row.logo_key),
        memberCount: row.member_count,
      }),
      (row) => [row.sort_name, row.id],
    );
  }

  async update(slug: string, viewer: AuthUser, input: UpdateInput): Promise<Organisation> {
    const { organisation, actor } = await this.access(slug, viewer);
    if (!canEditProfile(actor))
      throw organisationErrors.forbidden('Only owners, admins and editors edit this page.');
    if ((input.visibility !== undefined || input.showMembers !== undefined) && !canEditSettings(actor)) {
      throw organisationErrors.forbidden(
        'Only owners and admins decide who sees the organisation and its members.',
      );
    }
    await this.assertKnownValues(input, organisation.topics);
    try {
      await this.organisations.update(organisation.id, fieldsOf(input));
    } catch (error) {
      if (isUniqueViolation(error, SLUG_INDEX)) throw organisationErrors.slugTaken();
      throw error;
    }
    return this.get(input.slug ?? organisation.slug, viewer);
  }

  /** Checks the upload by its content, stores the new logo and removes the old one. */
  async setLogo(slug: string, viewer: AuthUser, readFile: () => Promise<Buffer>): Promise<Organisation> {
    const { organisation } = await this.requireEditor(slug, viewer);
    const key = await storeSquareImage(this.storage, `organisations/${organisation.id}`, await readFile());
    const previous = await this.organisations.replaceLogo(organisation.id, key);
    await this.storage.remove(imageKeys(previous));
    return this.get(slug, viewer);
  }

  async removeLogo(slug: string, viewer: AuthUser): Promise<Organisation> {
    const { organisation } = await this.requireEditor(slug, viewer);
    const previous = await this.organisations.replaceLogo(organisation.id, null);
    await this.storage.remove(imageKeys(previous));
    return this.get(slug, viewer);
  }

  /** Countries, topics and offers/needs must be in the taxonomy; retired topics may stay. */
  private assertKnownValues(input: UpdateInput, currentTopics: string[]): Promise<void> {
    return this.taxonomy.assertFields({
      country: { kind: 'country', value: input.country },
      countriesActive: { kind: 'country', value: input.countriesActive },
      topics: { kind: 'topic', value: input.topics, current: currentTopics },
      offers: { kind: 'support', value: input.offers },
      needs: { kind: 'support', value: input.needs },
    });
  }

  private async requireEditor(slug: string, viewer: AuthUser): Promise<OrganisationAccess> {
    const access = await this.access(slug, viewer);
    if (!canEditProfile(access.actor))
      throw organisationErrors.forbidden('Only owners, admins and editors change the logo.');
    return access;
  }

  private toOrganisation(row: OrganisationRow): Organisation {
    return {
      slug: row.slug,
      name: row.name,
      kind: row.kind,
      country: row.country,
      countriesActive: row.countries_active,
      topics: row.topics,
      description: row.description,
      descriptionHtml: row.description_html,
      website: row.website,
      foundedYear: row.founded_year,
      size: row.size,
      offers: row.offers,
      needs: row.needs,
      transparencyRegisterId: row.transparency_register_id,
      logo: imageUrls(this.storage, row.logo_key),
      visibility: row.visibility,
      showMembers: row.show_members,
      moderation: { hidden: row.hidden_at !== null, reason: row.hidden_reason },
      memberCount: row.member_count,
      followerCount: row.follower_count,
      myRole: row.my_role,
      followedByMe: row.followed_by_me,
      createdAt: row.created_at.toISOString(),
    };
  }
}

function fieldsOf(input: UpdateInput): Partial<OrganisationFields> {
  const { description, ...rest } = input;
  return description === undefined
    ? rest
    : { ...rest, description, descriptionHtml: renderMarkdown(description) };
}

/** The organisation with what the viewer is to it, if the viewer may see it; 404 otherwise. */
function admitted<T extends Pick<OrganisationRow, 'visibility' | 'hidden_at' | 'my_role'>>(
  organisation: T | null,
  viewer: AuthUser | undefined,
): { organisation: T; actor: Actor } {
  if (!organisation) throw organisationErrors.notFound();
  const actor: Actor = {
    signedIn: viewer !== undefined,
    role: organisation.my_role,
    siteAdmin: viewer?.role === 'admin',
  };
  if (!canView(organisation.visibility, actor, organisation.hidden_at !== null))
    throw organisationErrors.notFound();
  return { organisation, actor };
}
