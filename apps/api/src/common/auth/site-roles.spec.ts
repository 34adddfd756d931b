import { isSiteModerator } from './site-roles';

describe('isSiteModerator', () => {
  it.each([
    ['moderator', true],
    ['admin', true],
    ['member', false],
    [undefined, false],
  ] as const)('is %s a site moderator: %s', (role, expected) => {
    expect(isSiteModerator(role)).toBe(expected);
  });
});
