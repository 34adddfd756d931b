import type { DataSource } from 'typeorm';

/** The tables whose rows a moderator hides, each with `hidden_at` and `hidden_reason`. */
export type ModeratedTable =
  | 'posts'
  | 'post_comments'
  | 'events'
  | 'funding_calls'
  | 'tools'
  | 'cases'
  | 'petitions'
  | 'processes'
  | 'ideas'
  | 'idea_comments';

/**
 * Hides the row `id` of `table` with the moderator's reason, or shows it again when
 * `reason` is null. The one statement every moderated module's `setHidden` runs.
 */
export async function setModeratorHidden(
  dataSource: DataSource,
  table: ModeratedTable,
  id: string,
  reason: string | null,
): Promise<void> {
  await dataSource.query(
    `UPDATE ${table} SET hidden_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END, hidden_reason = $2
      WHERE id = $1`,
    [id, reason],
  );
}
