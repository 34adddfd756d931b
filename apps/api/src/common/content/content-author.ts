import type { ContentAuthor } from '@open-spaces/contracts';
import { imageUrls } from '../storage/images';
import type { FileStorage } from '../storage/storage';

/**
 * Who published a piece of content, as a query selects it for the viewer: the person's
 * columns are null when the viewer may not see who it was (content published as an
 * organisation by an unlisted author), the organisation's when it was published as oneself.
 */
export interface ContentAuthorColumns {
  author_handle: string | null;
  author_name: string | null;
  author_avatar_key: string | null;
  organisation_slug: string | null;
  organisation_name: string | null;
  organisation_kind: string | null;
  organisation_logo_key: string | null;
}

export function toContentAuthor(storage: FileStorage, row: ContentAuthorColumns): ContentAuthor {
  return {
    person:
      row.author_handle !== null && row.author_name !== null
        ? {
            handle: row.author_handle,
            displayName: row.author_name,
            avatar: imageUrls(storage, row.author_avatar_key),
          }
        : null,
    organisation:
      row.organisation_slug !== null && row.organisation_name !== null
        ? {
            slug: row.organisation_slug,
            name: row.organisation_name,
            kind: row.organisation_kind ?? '',
            logo: imageUrls(storage, row.organisation_logo_key),
          }
        : null,
  };
}
