import { createHash } from 'node:crypto';

/**
 * When a stored candidate set may stand in for a fresh search. Suggestions are scored live
 * from the set (so exclusions, summaries and network reasons are always current), but which
 * people and organisations are in it is decided at most this long ago, and only for the
 * traits the subject has now.
 */
export const CANDIDATE_SET_MAX_AGE_MS = 60 * 60 * 1000;

/** How many candidates a set keeps: more than a page, so a few exclusions since leave it full. */
export const CANDIDATE_SET_SIZE = 60;

/**
 * A fingerprint of what a subject is matched on (its offers, needs, topics, place...); a set
 * made for other traits is not used. Lists are compared as sets.
 */
export function traitsKey(traits: object): string {
  const canonical = Object.entries(traits as Record<string, unknown>)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => [name, Array.isArray(value) ? value.map(String).sort() : (value ?? null)]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url');
}

/** Whether a stored set can be used now. */
export function isUsable(
  stored: { traitsKey: string; computedAt: Date } | null,
  key: string,
  now: Date,
): boolean {
  return (
    stored !== null &&
    stored.traitsKey === key &&
    now.getTime() - stored.computedAt.getTime() < CANDIDATE_SET_MAX_AGE_MS
  );
}

/**
 * Whether the candidates still eligible out of a stored set can fill the page the way a
 * fresh search would: if exclusions since (a follow, a dismissal, a hidden profile) leave
 * fewer than a page where the set had more, the set is stale.
 */
export function fillsPage(eligible: number, stored: number, limit: number): boolean {
  return eligible >= Math.min(limit, stored);
}
