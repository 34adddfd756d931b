import { isStorableText, unstorableTextPath } from './storable-text';

describe('storable text', () => {
  it('accepts any well-formed text, emoji and right-to-left scripts included', () => {
    expect(isStorableText('')).toBe(true);
    expect(isStorableText('Zażółć gęślą jaźń, مرحبا, 👩🏽‍💻')).toBe(true);
    expect(isStorableText('\t\n\u200b\uFFFD')).toBe(true);
  });

  it('refuses a NUL character and a surrogate without its pair, leading or trailing', () => {
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('a\ud800')).toBe(false);
    expect(isStorableText('\udc00a')).toBe(false);
    expect(isStorableText('\ud83d\ude00'.slice(0, 1))).toBe(false);
  });

  it('names the first unstorable string of a value, in arrays, objects and keys', () => {
    expect(unstorableTextPath({ name: 'ok', tags: ['a', 'b'] })).toBeNull();
    expect(unstorableTextPath('x\u0000')).toEqual([]);
    expect(unstorableTextPath({ name: 'ok', links: [{ label: 'fine' }, { label: 'a\ud800' }] })).toEqual([
      'links',
      '1',
      'label',
    ]);
    expect(unstorableTextPath({ names: { 'e\u0000n': 'x' } })).toEqual(['names', 'e\u0000n']);
    expect(unstorableTextPath({ first: 'a\u0000', second: 'b\u0000' })).toEqual(['first']);
  });

  it('leaves numbers, booleans and nulls alone', () => {
    expect(unstorableTextPath({ limit: 10, open: true, after: null, at: undefined })).toBeNull();
  });

  it('walks a deeply nested value without overflowing the stack', () => {
    let deep: unknown = 'x\u0000';
    for (let depth = 0; depth < 100_000; depth += 1) deep = [deep];
    expect(unstorableTextPath(deep)).toHaveLength(100_000);
  });
});
