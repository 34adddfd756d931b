import { AuthResult, MyProfile, OutboxList } from '@open-spaces/contracts';
import { type APIRequestContext, expect, type Page } from '@playwright/test';

export const PASSWORD = 'lantern orchard velvet 42';

/** Signs a member in through the API and returns the headers that act as them (Origin and bearer token). */
export async function apiHeaders(
  request: APIRequestContext,
  baseURL: string | undefined,
  email: string,
): Promise<Record<string, string>> {
  const origin = { Origin: baseURL ?? '' };
  const login = await request.post('/api/auth/login', {
    data: { email, password: PASSWORD },
    headers: origin,
  });
  expect(login.ok(), `POST /api/auth/login answered ${login.status()}`).toBe(true);
  const { accessToken } = AuthResult.parse(await login.json());
  return { ...origin, Authorization: `Bearer ${accessToken}` };
}

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

/** A fresh account is sent to the welcome flow after signing in; this skips it and waits to return. */
export async function skipOnboarding(page: Page, skipLabel = 'Skip for now'): Promise<void> {
  await expect(page).toHaveURL(/\/welcome\?next=/);
  await page.getByRole('button', { name: skipLabel }).click();
  await expect(page).not.toHaveURL(/\/welcome/);
}

interface SeededMember {
  email: string;
  handle: string;
}

/**
 * A registered, confirmed member whose profile is set through the API, for specs that need
 * other people around. The API's own sign-in session is ended again.
 */
export async function seedMember(
  request: APIRequestContext,
  baseURL: string | undefined,
  displayName: string,
  profile: Record<string, unknown> = {},
): Promise<SeededMember> {
  const headers = { Origin: baseURL ?? '' };
  const email = uniqueEmail(displayName.split(' ')[0]?.toLowerCase() ?? 'member');
  const registered = await request.post('/api/auth/register', {
    data: { email, password: PASSWORD, displayName },
    headers,
  });
  expect(registered.status()).toBe(202);
  const link = new URL(await linkFromMail(request, email, '/verify-email'), 'http://localhost');
  const verified = await request.post('/api/auth/verify-email', {
    data: { token: link.searchParams.get('token') },
    headers,
  });
  expect(verified.ok()).toBe(true);
  const login = await request.post('/api/auth/login', { data: { email, password: PASSWORD }, headers });
  expect(login.ok()).toBe(true);
  const { accessToken } = AuthResult.parse(await login.json());
  const updated = await request.patch('/api/me/profile', {
    data: { onboarded: true, ...profile },
    headers: { ...headers, Authorization: `Bearer ${accessToken}` },
  });
  expect(updated.ok()).toBe(true);
  const { handle } = MyProfile.parse(await updated.json());
  await request.post('/api/auth/logout', { headers: { ...headers, Authorization: `Bearer ${accessToken}` } });
  return { email, handle };
}

export async function signIn(page: Page, email: string, name: string, next = '/'): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: new RegExp(name) })).toBeVisible();
}
