import { EUROPEAN_COUNTRIES } from '../taxonomy/reference/countries';
import { areNeighbours, neighboursOf } from './neighbours';

describe('areNeighbours', () => {
  it('knows land borders both ways', () => {
    expect(areNeighbours('DE', 'PL')).toBe(true);
    expect(areNeighbours('PL', 'DE')).toBe(true);
    expect(areNeighbours('PT', 'ES')).toBe(true);
  });

  it('counts short sea crossings', () => {
    expect(areNeighbours('FR', 'GB')).toBe(true);
    expect(areNeighbours('DK', 'SE')).toBe(true);
    expect(areNeighbours('EE', 'FI')).toBe(true);
    expect(areNeighbours('MT', 'IT')).toBe(true);
  });

  it('does not make distant countries neighbours', () => {
    expect(areNeighbours('PT', 'FR')).toBe(false);
    expect(areNeighbours('IE', 'FR')).toBe(false);
    expect(areNeighbours('IS', 'NO')).toBe(false);
  });

  it('does not make a country its own neighbour', () => {
    expect(areNeighbours('DE', 'DE')).toBe(false);
  });

  it('knows nothing about codes outside its table', () => {
    expect(areNeighbours('US', 'CA')).toBe(false);
    expect(neighboursOf('US')).toEqual([]);
  });

  it('lists a country’s neighbours in code order', () => {
    expect(neighboursOf('DE')).toEqual(['AT', 'BE', 'CH', 'CZ', 'DK', 'FR', 'LU', 'NL', 'PL']);
  });

  it('names only European countries', () => {
    for (const country of EUROPEAN_COUNTRIES) {
      for (const neighbour of neighboursOf(country)) expect(EUROPEAN_COUNTRIES.has(neighbour)).toBe(true);
    }
  });
});
