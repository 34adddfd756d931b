import type { FundingCall, FundingCallSummary, ZonedDateTime } from '@open-spaces/contracts';
import { imageUrls } from '../../common/storage/images';
import type { FileStorage } from '../../common/storage/storage';
import { type DatedDeadline, nextDeadline } from './deadlines';
import type { StoredDeadline } from './entities/funding-call.entity';
import type { FundingCallRow } from './funding-calls.repository';

/** The deadlines of a row with their instants as dates. */
export function datedDeadlines(deadlines: StoredDeadline[]): DatedDeadline[] {
  return deadlines.map((deadline) => ({ ...deadline, at: new Date(deadline.at) }));
}

function zoned(local: string | null, timeZone: string | null, at: Date | null): ZonedDateTime | null {
  return local && timeZone && at ? { local, timeZone, at: at.toISOString() } : null;
}

/** A call as lists show it; status comes from the query, derived at its now(). */
export function toSummary(
  row: FundingCallRow,
  storage: FileStorage,
  viewerId: string | null,
): FundingCallSummary {
  const deadlines = datedDeadlines(row.deadlines);
  const next = nextDeadline(
    { deadlineModel: row.deadline_model, opensAt: row.opens_at, deadlines },
    row.checked_at,
  );
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    programme: row.programme,
    currency: row.currency as FundingCallSummary['currency'],
    totalBudget: row.total_budget,
    minGrant: row.min_grant,
    maxGrant: row.max_grant,
    coFundingRate: row.co_funding_rate,
    status: row.status,
    deadlineModel: row.deadline_model,
    opening: zoned(row.opens_local, row.opens_time_zone, row.opens_at),
    // In the contract's key order, so the JSON is the same with or without its serialiser.
    nextDeadline: next && {
      local: next.local,
      timeZone: next.timeZone,
      at: next.at.toISOString(),
      label: next.label,
    },
    eligibleCountries: row.eligible_countries,
    eligibleKinds: row.eligible_kinds,
    topics: row.topics,
    funder: {
      person:
        row.author_handle && row.author_name
          ? {
              handle: row.author_handle,
              displayName: row.author_name,
              avatar: imageUrls(storage, row.author_avatar_key),
            }
          : null,
      organisation: {
        slug: row.organisation_slug,
        name: row.organisation_name,
        kind: row.organisation_kind,
        logo: imageUrls(storage, row.organisation_logo_key),
      },
    },
    saveCount: row.save_count,
    savedByMe: row.saved_by_me,
    publishedAt: row.created_at.toISOString(),
    moderation:
      row.hidden_at !== null && row.author_id === viewerId
        ? { hidden: true, reason: row.hidden_reason }
        : null,
  };
}

export function toFundingCall(
  row: FundingCallRow,
  storage: FileStorage,
  viewerId: string | null,
  savedForOrganisations: string[],
): FundingCall {
  return {
    ...toSummary(row, storage, viewerId),
    description: row.description,
    descriptionHtml: row.description_html,
    applyUrl: row.apply_url,
    expectedGrants: row.expected_grants,
    deadlines: row.deadlines.map(({ label, local, timeZone, at }) => ({ local, timeZone, at, label })),
    languages: row.languages,
    minPartners: row.min_partners,
    minCountries: row.min_countries,
    contact: row.contact,
    savedForOrganisations,
    canEdit: row.viewer_can_edit,
    updatedAt: row.updated_at.toISOString(),
  };
}
