import { z } from 'zod';
import { OrganisationKind, OrganisationSummary } from './organisations.js';
import { Handle, ProfileSummary } from './profiles.js';

/**
 * Suggestions of people and organisations to work with, each with the reasons that
 * brought it, as data: the client says them in words, in the reader's language, from the
 * taxonomy's names. "You" is the seeker: the signed-in person, or the organisation whose
 * suggestions an editor reads.
 */

/** How close the two places are, closest first. */
export const PlaceScope = z.enum(['city', 'country', 'neighbour', 'europe']);
export type PlaceScope = z.infer<typeof PlaceScope>;

/** Why a person or organisation is suggested. Two-sided reasons name both sides. */
export const SuggestionReason = z.discriminatedUnion('kind', [
  /** You need these, and they offer them (support slugs). */
  z.object({ kind: z.literal('they_offer_what_you_need'), support: z.array(z.string()) }),
  /** They need these, and you offer them (support slugs). */
  z.object({ kind: z.literal('you_offer_what_they_need'), support: z.array(z.string()) }),
  /** Topics (slugs) you both work on. */
  z.object({ kind: z.literal('shared_topics'), topics: z.array(z.string()) }),
  /** Languages (codes) you both speak. */
  z.object({ kind: z.literal('shared_languages'), languages: z.array(z.string()) }),
  /** Where each side is; `city` only when both are in the same, shown city. */
  z.object({
    kind: z.literal('place'),
    scope: PlaceScope,
    yours: z.string(),
    theirs: z.string(),
    city: z.string().nullable(),
  }),
  /** Countries (codes) where you are both active. */
  z.object({ kind: z.literal('shared_countries'), countries: z.array(z.string()) }),
  /** Two kinds of organisation that complement each other. */
  z.object({ kind: z.literal('complementary_kinds'), yours: OrganisationKind, theirs: OrganisationKind }),
  /** Organisations you both belong to (those whose members are shown). */
  z.object({
    kind: z.literal('shared_organisations'),
    organisations: z.array(z.object({ slug: z.string(), label: z.string() })),
  }),
  /** People you follow who follow them: a few by name, and how many in all. */
  z.object({
    kind: z.literal('followed_by_people_you_follow'),
    people: z.array(z.object({ handle: z.string(), label: z.string() })),
    count: z.number().int(),
  }),
]);
export type SuggestionReason = z.infer<typeof SuggestionReason>;
export type SuggestionReasonKind = SuggestionReason['kind'];

export const SuggestionQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SuggestionQuery = z.input<typeof SuggestionQuery>;

export const PersonSuggestion = z.object({
  person: ProfileSummary,
  /** Higher is a better match; only the order within one answer means anything. */
  score: z.number().int(),
  /** Strongest first; at least one. */
  reasons: z.array(SuggestionReason),
});
export type PersonSuggestion = z.infer<typeof PersonSuggestion>;

/** Best first: a ranked, bounded list rather than pages; dismissing or following makes room. */
export const PersonSuggestionList = z.object({ items: z.array(PersonSuggestion) });
export type PersonSuggestionList = z.infer<typeof PersonSuggestionList>;

export const SuggestedOrganisation = OrganisationSummary.omit({ memberCount: true });
export type SuggestedOrganisation = z.infer<typeof SuggestedOrganisation>;

export const OrganisationSuggestion = z.object({
  organisation: SuggestedOrganisation,
  score: z.number().int(),
  reasons: z.array(SuggestionReason),
});
export type OrganisationSuggestion = z.infer<typeof OrganisationSuggestion>;

/** For an organisation: organisations to partner with, and people who offer what it needs. */
export const OrganisationSuggestionLists = z.object({
  organisation: z.object({ slug: z.string(), name: z.string() }),
  organisations: z.array(OrganisationSuggestion),
  people: z.array(PersonSuggestion),
});
export type OrganisationSuggestionLists = z.infer<typeof OrganisationSuggestionLists>;

/** "Not relevant": the person is not suggested to the viewer again. */
export const DismissPersonSuggestionRequest = z.object({ handle: Handle });
export type DismissPersonSuggestionRequest = z.input<typeof DismissPersonSuggestionRequest>;

/**
 * "Not relevant" for an organisation's suggestions, remembered for all its editors: a
 * person by handle or an organisation by slug, as the follow routes name their targets.
 */
export const DismissOrganisationSuggestionRequest = z.object({
  type: z.enum(['profile', 'organisation']),
  target: z.string().trim().toLowerCase().min(2).max(60),
});
export type DismissOrganisationSuggestionRequest = z.input<typeof DismissOrganisationSuggestionRequest>;
