import { Handle } from '@open-spaces/contracts';

/** Handles that would read as the platform speaking, or clash with pages of the web client. */
const RESERVED = new Set([
  'about',
  'account',
  'admin',
  'administrator',
  'api',
  'help',
  'login',
  'logout',
  'media',
  'moderator',
  'null',
  'official',
  'open-spaces',
  'openspaces',
  'organisations',
  'press',
  'privacy',
  'profiles',
  'register',
  'root',
  'security',
  'settings',
  'signin',
  'signup',
  'staff',
  'suggestions',
  'support',
  'system',
  'team',
  'undefined',
]);

export function isReservedHandle(handle: string): boolean {
  return RESERVED.has(handle);
}

/**
 * A handle as typed in an address or a mention (`@Maria_K`, ` maria_k `) in its stored
 * form, or null when it cannot be a handle at all (so no query is needed to say 404).
 */
export function normaliseHandle(raw: string): string | null {
  const parsed = Handle.safeParse(raw.trim().replace(/^@/, ''));
  return parsed.success ? parsed.data : null;
}
