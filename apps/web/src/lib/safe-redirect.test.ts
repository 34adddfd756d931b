import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it.each(['/account', '/account?tab=sessions', '/'])('keeps the path %s on this site', (path) => {
    expect(safeRedirectPath(path)).toBe(path);
  });

  it.each([
    null,
    '',
    'account',
    '//evil.example',
    '/\\evil.example',
    'https://evil.example',
    'javascript:alert(1)',
  ])('falls back for %j', (path) => {
    expect(safeRedirectPath(path)).toBe('/');
  });
});
