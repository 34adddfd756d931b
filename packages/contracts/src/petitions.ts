import { z } from 'zod';
import { ContentAuthor, ModerationState } from './content.js';
import { PageQuery } from './pagination.js';
import { CountryCode, LanguageCode, Slug } from './taxonomy.js';

/**
 * Petitions: a person or an organisation asks an institution for something and gathers
 * signatures. Members sign with one click; visitors give name, email and country and are
 * counted once they confirm by the mailed link. A petition moves draft → open → closed
 * (at its deadline or by its author; successful when the count reached the goal) →
 * delivered (the author publishes the addressee's response).
 */

export const PetitionState = z.enum(['draft', 'open', 'closed', 'delivered']);
export type PetitionState = z.infer<typeof PetitionState>;

/** What share of the goal the author is told about, each once. */
export const PETITION_MILESTONES = [25, 50, 100] as const;

const petitionFields = {
  title: z.string().trim().min(5).max(160),
  /** Markdown, rendered and sanitised like other content. */
  text: z.string().trim().min(20).max(20_000),
  /** The institution the petition is addressed to, in the author's words. */
  addressee: z.string().trim().min(2).max(200),
  goal: z.number().int().min(1).max(10_000_000),
  /** The moment signing ends (an instant, ISO 8601 with offset). */
  deadline: z.iso.datetime({ offset: true }),
  topics: z.array(Slug).max(8),
  countries: z.array(CountryCode).max(30),
  language: LanguageCode,
};

export const CreatePetitionRequest = z
  .object({
    ...petitionFields,
    topics: petitionFields.topics.default([]),
    countries: petitionFields.countries.default([]),
    /** Start it as this organisation (its editors, admins and owners may). */
    organisation: Slug.nullable().default(null),
  })
  .strict();
export type CreatePetitionRequest = z.input<typeof CreatePetitionRequest>;

/** Changes to a draft; an open petition's words stay as people signed them. */
export const UpdatePetitionRequest = z.object(petitionFields).partial().strict();
export type UpdatePetitionRequest = z.input<typeof UpdatePetitionRequest>;

/** The addressee's answer, published by the author once the petition is closed. */
export const DeliverPetitionRequest = z.object({ response: z.string().trim().min(2).max(20_000) }).strict();
export type DeliverPetitionRequest = z.input<typeof DeliverPetitionRequest>;

/** How a signer's details may be used: shown on the page, and shared with the author. */
const consent = {
  showName: z.boolean().default(false),
  shareContact: z.boolean().default(false),
};

export const MemberSignRequest = z.object(consent).strict();
export type MemberSignRequest = z.input<typeof MemberSignRequest>;

export const VisitorSignRequest = z
  .object({
    name: z.string().trim().min(2).max(120),
    email: z.email().max(254),
    country: CountryCode,
    ...consent,
    /**
     * Left empty by people; a form-filling robot fills it. A filled one is answered like any
     * other signature and counts nothing.
     */
    website: z.string().max(500).optional(),
  })
  .strict();
export type VisitorSignRequest = z.input<typeof VisitorSignRequest>;

export const ConfirmSignatureRequest = z.object({ token: z.string().min(10).max(200) }).strict();
export type ConfirmSignatureRequest = z.input<typeof ConfirmSignatureRequest>;

export const ConfirmSignatureResult = z.object({
  status: z.enum(['confirmed', 'already_confirmed']),
  petitionId: z.uuid(),
  title: z.string(),
});
export type ConfirmSignatureResult = z.infer<typeof ConfirmSignatureResult>;

export const PetitionSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  author: ContentAuthor,
  addressee: z.string(),
  goal: z.number().int(),
  signatureCount: z.number().int(),
  deadline: z.iso.datetime(),
  state: PetitionState,
  /** Once closed: whether the count at closing reached the goal. */
  successful: z.boolean().nullable(),
  topics: z.array(z.string()),
  countries: z.array(z.string()),
  language: z.string(),
  openedAt: z.iso.datetime().nullable(),
});
export type PetitionSummary = z.infer<typeof PetitionSummary>;

/** The viewer's own signature, if any. */
export const MySignature = z.object({
  showName: z.boolean(),
  shareContact: z.boolean(),
  signedAt: z.iso.datetime(),
});
export type MySignature = z.infer<typeof MySignature>;

export const Petition = PetitionSummary.extend({
  text: z.string(),
  textHtml: z.string(),
  response: z.string().nullable(),
  responseHtml: z.string().nullable(),
  closedAt: z.iso.datetime().nullable(),
  deliveredAt: z.iso.datetime().nullable(),
  mySignature: MySignature.nullable(),
  /** The viewer may edit, open, close and deliver it, and see the signatures export. */
  canManage: z.boolean(),
  moderation: ModerationState.nullable(),
  createdAt: z.iso.datetime(),
});
export type Petition = z.infer<typeof Petition>;

export const PetitionListQuery = PageQuery.extend({
  topic: Slug.optional(),
  country: CountryCode.optional(),
  state: PetitionState.exclude(['draft']).optional(),
  /** Only the viewer's own petitions, drafts included. */
  mine: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type PetitionListQuery = z.input<typeof PetitionListQuery>;

export const PetitionPage = z.object({ items: z.array(PetitionSummary), nextCursor: z.string().nullable() });
export type PetitionPage = z.infer<typeof PetitionPage>;

/** A signer who chose to have their name shown. */
export const ShownSignature = z.object({
  name: z.string(),
  signedAt: z.iso.datetime(),
});
export type ShownSignature = z.infer<typeof ShownSignature>;

export const ShownSignaturePage = z.object({
  items: z.array(ShownSignature),
  nextCursor: z.string().nullable(),
});
export type ShownSignaturePage = z.infer<typeof ShownSignaturePage>;

/** The answer to a visitor's signature: always the same, whatever became of it. */
export const SignatureAccepted = z.object({ status: z.literal('accepted') });
export type SignatureAccepted = z.infer<typeof SignatureAccepted>;

/**
 * A petition's public figures, for the case repository and other summaries: what anyone
 * who may see the petition may know.
 */
export const PetitionFigures = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  addressee: z.string(),
  openedAt: z.iso.datetime().nullable(),
  deadline: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  deliveredAt: z.iso.datetime().nullable(),
  countries: z.array(z.string()),
  topics: z.array(z.string()),
  signatureCount: z.number().int(),
  goal: z.number().int(),
  state: PetitionState,
  successful: z.boolean().nullable(),
  response: z.string().nullable(),
});
export type PetitionFigures = z.infer<typeof PetitionFigures>;
