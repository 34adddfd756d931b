import type { ContentAuthor, Petition, PetitionFigures, PetitionSummary } from '@open-spaces/contracts';
import { summaryOf } from '../../common/markdown/summary';
import { imageUrls } from '../../common/storage/images';
import type { FileStorage } from '../../common/storage/storage';
import { canManagePetition, isSuccessful } from './petition-rules';
import type { PetitionRow, PetitionSummaryRow } from './petitions.repository';

/** How rows become the API's petition shapes, for one viewer. */
function authorOf(row: PetitionSummaryRow, storage: FileStorage): ContentAuthor {
  return {
    person: row.author_shown
      ? {
          handle: row.author_handle,
          displayName: row.author_name,
          avatar: imageUrls(storage, row.author_avatar_key),
        }
      : null,
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

export function toPetitionSummary(row: PetitionSummaryRow, storage: FileStorage): PetitionSummary {
  return {
    id: row.id,
    title: row.title,
    author: authorOf(row, storage),
    addressee: row.addressee,
    goal: row.goal,
    signatureCount: row.signature_count,
    deadline: row.deadline.toISOString(),
    state: row.state,
    successful: isSuccessful(row.closed_count, row.goal),
    topics: row.topics,
    countries: row.countries,
    language: row.language,
    openedAt: row.opened_at?.toISOString() ?? null,
  };
}

export function isManager(row: PetitionRow, viewerId: string | undefined): boolean {
  return canManagePetition({
    isAuthor: viewerId === row.author_id,
    organisationRole: row.my_organisation_role,
  });
}

export function toPetition(row: PetitionRow, viewerId: string | undefined, storage: FileStorage): Petition {
  return {
    ...toPetitionSummary(row, storage),
    text: row.text,
    textHtml: row.text_html,
    response: row.response,
    responseHtml: row.response_html,
    closedAt: row.closed_at?.toISOString() ?? null,
    deliveredAt: row.delivered_at?.toISOString() ?? null,
    mySignature:
      row.my_signed_at && row.my_show_name !== null && row.my_share_contact !== null
        ? {
            showName: row.my_show_name,
            shareContact: row.my_share_contact,
            signedAt: row.my_signed_at.toISOString(),
          }
        : null,
    canManage: isManager(row, viewerId),
    moderation:
      viewerId === row.author_id ? { hidden: row.hidden_at !== null, reason: row.hidden_reason } : null,
    createdAt: row.created_at.toISOString(),
  };
}

export function toFigures(row: PetitionRow): PetitionFigures {
  return {
    id: row.id,
    title: row.title,
    summary: summaryOf(row.text),
    addressee: row.addressee,
    openedAt: row.opened_at?.toISOString() ?? null,
    deadline: row.deadline.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    deliveredAt: row.delivered_at?.toISOString() ?? null,
    countries: row.countries,
    topics: row.topics,
    signatureCount: row.signature_count,
    goal: row.goal,
    state: row.state,
    successful: isSuccessful(row.closed_count, row.goal),
    response: row.response,
  };
}
