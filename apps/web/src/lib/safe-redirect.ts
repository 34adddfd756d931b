/** Accepts only a path on this site, so a crafted `?next=` cannot send a signed-in user elsewhere. */
export function safeRedirectPath(next: string | null, fallback = '/'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
