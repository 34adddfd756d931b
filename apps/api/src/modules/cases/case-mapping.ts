import type { Case, CaseParty, CaseSummary } from '@open-spaces/contracts';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { isSiteModerator } from '../../common/auth/site-roles';
import { imageUrls } from '../../common/storage/images';
import type { FileStorage } from '../../common/storage/storage';
import type { SimilarityTraits } from './case-similarity';
import type { CasePartyRow, CaseRow, CaseSummaryRow } from './cases.repository';

/** A case as lists show it. */
export function toSummary(row: CaseSummaryRow): CaseSummary {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    country: row.country,
    place: row.place,
    scope: row.scope,
    methods: row.methods,
    iap2Level: row.iap2_level,
    format: row.format,
    startDate: row.start_date,
    endDate: row.end_date,
    ongoing: row.ongoing,
    participantCount: row.participant_count,
    topics: row.topics,
    language: row.language,
    status: row.status,
    publishedAt: row.published_at?.toISOString() ?? null,
  };
}

export function traitsOf(row: CaseSummaryRow): SimilarityTraits {
  return {
    methods: row.methods,
    topics: row.topics,
    scope: row.scope,
    iap2Level: row.iap2_level,
    country: row.country,
  };
}

function toParty(storage: FileStorage, row: CasePartyRow): CaseParty {
  return {
    name: row.name,
    organisation:
      row.organisation_slug && row.organisation_name && row.organisation_kind
        ? {
            slug: row.organisation_slug,
            name: row.organisation_name,
            kind: row.organisation_kind,
            logo: imageUrls(storage, row.organisation_logo_key),
          }
        : null,
  };
}

/** The whole case as the viewer may see it; the review note only for its submitter and moderators. */
export function toCase(
  storage: FileStorage,
  row: CaseRow,
  parties: CasePartyRow[],
  viewer: AuthUser | undefined,
): Case {
  const submitter = viewer !== undefined && row.submitted_by === viewer.id;
  const moderator = isSiteModerator(viewer?.role);
  return {
    ...toSummary(row),
    description: row.description,
    descriptionHtml: row.description_html,
    purpose: row.purpose,
    recruitment: row.recruitment,
    outcomes: row.outcomes,
    impact: row.impact,
    organisers: parties.filter((party) => party.role === 'organiser').map((party) => toParty(storage, party)),
    funders: parties.filter((party) => party.role === 'funder').map((party) => toParty(storage, party)),
    links: row.links.map((link) => ({ url: link.url, label: link.label })),
    submittedBy:
      row.submitter_handle && row.submitter_name
        ? {
            handle: row.submitter_handle,
            displayName: row.submitter_name,
            avatar: imageUrls(storage, row.submitter_avatar_key),
          }
        : null,
    reviewNote: submitter || moderator ? row.review_note : null,
    moderation: { hidden: row.hidden_at !== null, reason: row.hidden_reason },
    source: row.source_type && row.source_id ? { type: row.source_type, id: row.source_id } : null,
    canEdit: submitter && row.status !== 'published',
    canReview: moderator && !submitter && row.status === 'submitted',
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
