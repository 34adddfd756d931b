import { describe, expect, it } from 'vitest';
import { fromLocalInput, progressPercent, toLocalInput } from './petition-figures';

describe('the share of the goal', () => {
  it('is whole percent, rounded down', () => {
    expect(progressPercent(0, 100)).toBe(0);
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(99, 100)).toBe(99);
    expect(progressPercent(100, 100)).toBe(100);
  });

  it('goes beyond 100 when the goal is passed, and is 0 for no goal', () => {
    expect(progressPercent(150, 100)).toBe(150);
    expect(progressPercent(5, 0)).toBe(0);
  });
});

describe('deadlines in the reader’s time', () => {
  it('round-trips an instant through the input', () => {
    const iso = new Date(2031, 4, 1, 12, 30).toISOString();
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
  });

  it('gives nothing for an incomplete value', () => {
    expect(fromLocalInput('')).toBe('');
    expect(fromLocalInput('2031-05-01')).toBe('');
    expect(fromLocalInput('2031-13-45T99:99')).toBe('');
  });
});
