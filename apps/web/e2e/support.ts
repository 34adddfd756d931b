import { OutboxList } from '@open-spaces/contracts';
import { type APIRequestContext, expect } from '@playwright/test';

export const PASSWORD = 'lantern orchard velvet 42';

/** An address no earlier run has used, so each spec seeds its own account. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}

/**
 * The first link in the newest mail to `to` whose path starts with `path`, read from the
 * development outbox. Polls briefly because mail is written after the request returns.
 */
export async function linkFromMail(request: APIRequestContext, to: string, path: string): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/dev/mail?to=${encodeURIComponent(to)}&limit=10`);
        if (!response.ok()) return undefined;
        const { items } = OutboxList.parse(await response.json());
        found = items.flatMap((mail) => mail.links).find((link) => new URL(link).pathname === path);
        return found;
      },
      { message: `a mail to ${to} with a link to ${path}`, timeout: 15_000 },
    )
    .toBeTruthy();
  const url = new URL(found ?? '');
  return `${url.pathname}${url.search}`;
}
