import { z } from 'zod';
import { Email } from './auth.js';
import { ModerationState } from './content.js';
import { Handle, ImageUrls, Visibility } from './profiles.js';
import { CountryCode, Slug } from './taxonomy.js';

export const OrganisationKind = z.enum([
  'cso',
  'grassroots',
  'network',
  'foundation',
  'public_body',
  'media',
  'research',
  'social_enterprise',
]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const OrganisationSize = z.enum(['1-5', '6-20', '21-100', '101-500', '500+']);
export type OrganisationSize = z.infer<typeof OrganisationSize>;

/** Roles, strongest first: owners manage everything, admins manage members, editors publish. */
export const OrganisationRole = z.enum(['owner', 'admin', 'editor', 'member']);
export type OrganisationRole = z.infer<typeof OrganisationRole>;

/** EU Transparency Register ids look like 123456789012-34 (9 to 12 digits, a hyphen, 2 digits). */
export const TransparencyRegisterId = z
  .string()
  .trim()
  .regex(/^\d{9,12}-\d{2}$/, {
    message: 'Use the register id as shown by the EU register, e.g. 123456789012-34.',
  });

const codes = <T extends z.ZodType>(code: T, max: number) => z.array(code).max(max);

export const Organisation = z.object({
  slug: z.string(),
  name: z.string(),
  kind: OrganisationKind,
  country: z.string(),
  countriesActive: z.array(z.string()),
  topics: z.array(z.string()),
  description: z.string(),
  descriptionHtml: z.string(),
  website: z.string().nullable(),
  foundedYear: z.number().int().nullable(),
  size: OrganisationSize.nullable(),
  offers: z.array(z.string()),
  needs: z.array(z.string()),
  transparencyRegisterId: z.string().nullable(),
  logo: ImageUrls.nullable(),
  visibility: Visibility,
  showMembers: z.boolean(),
  /** Whether a moderator hid it; only its members (and site admins) see it then. */
  moderation: ModerationState,
  memberCount: z.number().int(),
  followerCount: z.number().int(),
  /** The viewer's role in it, or null. */
  myRole: OrganisationRole.nullable(),
  followedByMe: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type Organisation = z.infer<typeof Organisation>;

const organisationFields = {
  slug: Slug,
  name: z.string().trim().min(2).max(120),
  kind: OrganisationKind,
  country: CountryCode,
  countriesActive: codes(CountryCode, 60),
  topics: codes(Slug, 12),
  description: z.string().max(10_000),
  website: z
    .url({ protocol: /^https?$/, message: 'Use a full http(s) address.' })
    .max(300)
    .nullable(),
  foundedYear: z.number().int().min(1800).max(2100).nullable(),
  size: OrganisationSize.nullable(),
  offers: codes(Slug, 12),
  needs: codes(Slug, 12),
  transparencyRegisterId: TransparencyRegisterId.nullable(),
  visibility: Visibility,
  showMembers: z.boolean(),
};

export const CreateOrganisationRequest = z.object(organisationFields).partial().required({
  slug: true,
  name: true,
  kind: true,
  country: true,
});
export type CreateOrganisationRequest = z.input<typeof CreateOrganisationRequest>;

export const UpdateOrganisationRequest = z.object(organisationFields).partial();
export type UpdateOrganisationRequest = z.input<typeof UpdateOrganisationRequest>;

export const OrganisationSummary = z.object({
  slug: z.string(),
  name: z.string(),
  kind: OrganisationKind,
  country: z.string(),
  topics: z.array(z.string()),
  offers: z.array(z.string()),
  needs: z.array(z.string()),
  logo: ImageUrls.nullable(),
  memberCount: z.number().int(),
});
export type OrganisationSummary = z.infer<typeof OrganisationSummary>;

export const OrganisationDirectoryQuery = z.object({
  q: z.string().trim().min(2).max(80).optional(),
  kind: OrganisationKind.optional(),
  country: CountryCode.optional(),
  topic: Slug.optional(),
  offers: Slug.optional(),
  needs: Slug.optional(),
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type OrganisationDirectoryQuery = z.input<typeof OrganisationDirectoryQuery>;

export const OrganisationPage = z.object({
  items: z.array(OrganisationSummary),
  nextCursor: z.string().nullable(),
});
export type OrganisationPage = z.infer<typeof OrganisationPage>;

export const Member = z.object({
  handle: z.string(),
  displayName: z.string(),
  headline: z.string(),
  avatar: ImageUrls.nullable(),
  role: OrganisationRole,
  joinedAt: z.iso.datetime(),
});
export type Member = z.infer<typeof Member>;

export const MemberPage = z.object({ items: z.array(Member), nextCursor: z.string().nullable() });
export type MemberPage = z.infer<typeof MemberPage>;

/** Invite a registered person by handle, or anyone by email (it waits for them to register). */
export const InviteRequest = z.union([
  z.object({ handle: Handle, role: OrganisationRole }).strict(),
  z.object({ email: Email, role: OrganisationRole }).strict(),
]);
export type InviteRequest = z.input<typeof InviteRequest>;

export const InvitationStatus = z.enum(['pending', 'accepted', 'declined', 'revoked']);

export const Invitation = z.object({
  id: z.uuid(),
  organisation: z.object({ slug: z.string(), name: z.string() }),
  role: OrganisationRole,
  /** Who is invited: a handle, or an email address that has no account yet. */
  handle: z.string().nullable(),
  email: z.string().nullable(),
  invitedBy: z.object({ handle: z.string(), displayName: z.string() }).nullable(),
  status: InvitationStatus,
  createdAt: z.iso.datetime(),
});
export type Invitation = z.infer<typeof Invitation>;

export const InvitationList = z.object({ items: z.array(Invitation) });
export type InvitationList = z.infer<typeof InvitationList>;

export const UpdateMemberRequest = z.object({ role: OrganisationRole });
export type UpdateMemberRequest = z.input<typeof UpdateMemberRequest>;

/** An organisation the viewer may publish posts and organise events as: editor or above there. */
export const Publisher = z.object({ slug: z.string(), name: z.string() });
export type Publisher = z.infer<typeof Publisher>;

/** Every such organisation, by name; a person holds few editor roles, so the list is whole. */
export const PublisherList = z.object({ items: z.array(Publisher) });
export type PublisherList = z.infer<typeof PublisherList>;
