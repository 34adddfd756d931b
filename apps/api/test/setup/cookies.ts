import type { Response } from 'supertest';

export interface SetCookie {
  name: string;
  value: string;
  /** Attribute names lower-cased; flags such as HttpOnly map to ''. */
  attributes: Record<string, string>;
}

/** Every Set-Cookie header of a response, parsed. */
export function setCookies(response: Response): SetCookie[] {
  const raw = response.headers['set-cookie'] as unknown;
  const headers = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  return headers.map((header) => {
    const [pair = '', ...parts] = header.split(';').map((part) => part.trim());
    const separator = pair.indexOf('=');
    const attributes: Record<string, string> = {};
    for (const part of parts) {
      const at = part.indexOf('=');
      if (at === -1) attributes[part.toLowerCase()] = '';
      else attributes[part.slice(0, at).toLowerCase()] = part.slice(at + 1);
    }
    return { name: pair.slice(0, separator), value: pair.slice(separator + 1), attributes };
  });
}

/** The Set-Cookie of the given name; fails the test when the response has none. */
export function setCookie(response: Response, name: string): SetCookie {
  const found = setCookies(response).find((cookie) => cookie.name === name);
  if (!found)
    throw new Error(`expected a Set-Cookie for ${name}, got ${JSON.stringify(setCookies(response))}`);
  return found;
}

/** Whether the Set-Cookie tells the browser to forget the cookie. */
export function isCleared(cookie: SetCookie): boolean {
  const expires = cookie.attributes.expires;
  return (
    cookie.value === '' &&
    (cookie.attributes['max-age'] === '0' || (expires !== undefined && Date.parse(expires) <= Date.now()))
  );
}
