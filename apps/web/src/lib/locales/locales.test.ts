import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function placeholders(value: object): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  const walk = (node: object, prefix: string) => {
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === 'object' && child !== null) walk(child, `${prefix}${key}.`);
      else result[`${prefix}${key}`] = (String(child).match(/\{\{\w+\}\}/g) ?? []).sort();
    }
  };
  walk(value, '');
  return result;
}

describe('translations', () => {
  it.each([
    ['German', de],
    ['French', fr],
  ])('%s has every English string and no others', (_name, translation) => {
    expect(keys(translation).sort()).toEqual(keys(en).sort());
  });

  it.each([
    ['German', de],
    ['French', fr],
  ])('%s keeps the placeholders of each English string', (_name, translation) => {
    expect(placeholders(translation)).toEqual(placeholders(en));
  });

  it.each([
    ['English', en],
    ['German', de],
    ['French', fr],
  ])('%s has no empty strings', (_name, translation) => {
    const leaves = (node: object): string[] =>
      Object.values(node).flatMap((child) => (typeof child === 'object' ? leaves(child) : [String(child)]));
    expect(leaves(translation).filter((text) => text.trim() === '')).toEqual([]);
  });
});
