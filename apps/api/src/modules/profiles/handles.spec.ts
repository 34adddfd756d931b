import { isReservedHandle, normaliseHandle } from './handles';

describe('normaliseHandle', () => {
  it.each([
    ['maria-k', 'maria-k'],
    ['Maria_K', 'maria_k'],
    ['  @maria-k ', 'maria-k'],
    ['abc', 'abc'],
    ['a'.repeat(30), 'a'.repeat(30)],
  ])('reads %p as %p', (raw, expected) => {
    expect(normaliseHandle(raw)).toBe(expected);
  });

  it.each([
    ['ab', 'too short'],
    ['a'.repeat(31), 'too long'],
    ['-maria', 'starts with a hyphen'],
    ['maria_', 'ends with an underscore'],
    ['maria k', 'has a space'],
    ['marïa', 'has an accent'],
    ['maria.k', 'has a dot'],
    ['@@maria', 'has two at signs'],
    ['', 'is empty'],
  ])('refuses %p, which %s', (raw) => {
    expect(normaliseHandle(raw)).toBeNull();
  });
});

describe('isReservedHandle', () => {
  it('reserves names that would read as the platform', () => {
    expect(isReservedHandle('admin')).toBe(true);
    expect(isReservedHandle('support')).toBe(true);
    expect(isReservedHandle('open-spaces')).toBe(true);
    // The people suggestions page lives at /people/suggestions.
    expect(isReservedHandle('suggestions')).toBe(true);
  });

  it('leaves ordinary handles free', () => {
    expect(isReservedHandle('maria-k')).toBe(false);
    expect(isReservedHandle('admin-maria')).toBe(false);
  });
});
