import { floorScripts } from './search-floor';

describe('the search floor scripts', () => {
  const scripts = floorScripts(240);

  it('reads the query from bench_words and leaves no parameter', () => {
    for (const sql of Object.values(scripts)) {
      expect(sql.startsWith('\\set i random(1, 240)\n')).toBe(true);
      expect(sql).toContain('FROM bench_words WHERE id = :i');
      expect(sql).not.toMatch(/\$\d/);
    }
  });

  it('takes out exactly the part each script is named after', () => {
    expect(scripts['whole.sql']).toContain('ts_headline');
    expect(scripts['whole.sql']).toContain('ts_rank');
    expect(scripts['whole.sql']).toContain('WHERE CASE c.type');
    expect(scripts['no-visibility.sql']).not.toContain('WHERE CASE c.type');
    expect(scripts['no-rank.sql']).not.toContain('ts_rank');
    expect(scripts['no-highlights.sql']).not.toContain('ts_headline');
    expect(scripts['windows.sql']).not.toMatch(/ts_headline|ts_rank|WHERE CASE c\.type/);
    expect(scripts['one-scan.sql']?.match(/search_documents/g)).toHaveLength(5);
  });
});
