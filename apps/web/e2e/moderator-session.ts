import { type APIRequestContext, expect } from '@playwright/test';
import { MODERATOR_EMAIL } from './moderator';
import { apiHeaders, linkFromMail, PASSWORD } from './support';

/**
 * Headers that act as the CLI-made moderator. Its password is set through the reset mail
 * the first time, as its holder would; later calls find it set.
 */
export async function moderatorHeaders(
  request: APIRequestContext,
  baseURL: string | undefined,
): Promise<Record<string, string>> {
  const origin = { Origin: baseURL ?? '' };
  const signedIn = await request.post('/api/auth/login', {
    data: { email: MODERATOR_EMAIL, password: PASSWORD },
    headers: origin,
  });
  if (!signedIn.ok()) {
    const asked = await request.post('/api/auth/password/forgot', {
      data: { email: MODERATOR_EMAIL },
      headers: origin,
    });
    expect(asked.ok()).toBe(true);
    const link = new URL(await linkFromMail(request, MODERATOR_EMAIL, '/reset-password'), 'http://localhost');
    const reset = await request.post('/api/auth/password/reset', {
      data: { token: link.searchParams.get('token'), password: PASSWORD },
      headers: origin,
    });
    expect(reset.ok(), await reset.text()).toBe(true);
  }
  return apiHeaders(request, baseURL, MODERATOR_EMAIL);
}
