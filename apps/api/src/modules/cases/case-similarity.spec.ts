import { MIN_SIMILARITY, rankSimilar, type SimilarityTraits, similarity } from './case-similarity';

const base: SimilarityTraits = {
  methods: ['citizens_assembly'],
  topics: ['climate-and-environment'],
  scope: 'local',
  iap2Level: 'involve',
  country: 'DE',
};

const other = (overrides: Partial<SimilarityTraits>): SimilarityTraits => ({
  methods: ['hackathon'],
  topics: ['open-data'],
  scope: 'national',
  iap2Level: 'empower',
  country: 'PT',
  ...overrides,
});

describe('similarity', () => {
  it('scores nothing for cases that share nothing', () => {
    expect(similarity(base, other({}))).toEqual({ score: 0, reasons: [] });
  });

  it('gives three points for each shared method and names them', () => {
    const result = similarity(
      { ...base, methods: ['citizens_assembly', 'consultation'] },
      other({ methods: ['consultation', 'citizens_assembly'] }),
    );
    expect(result.score).toBe(6);
    expect(result.reasons).toEqual([{ kind: 'methods', values: ['citizens_assembly', 'consultation'] }]);
  });

  it('gives two points for each shared topic', () => {
    const result = similarity(base, other({ topics: ['climate-and-environment', 'open-data'] }));
    expect(result).toEqual({
      score: 2,
      reasons: [{ kind: 'topics', values: ['climate-and-environment'] }],
    });
  });

  it('adds a point each for the same scope, IAP2 level and country', () => {
    const result = similarity(base, other({ scope: 'local', iap2Level: 'involve', country: 'DE' }));
    expect(result.score).toBe(3);
    expect(result.reasons).toEqual([
      { kind: 'scope', value: 'local' },
      { kind: 'iap2Level', value: 'involve' },
      { kind: 'country', value: 'DE' },
    ]);
  });

  it('counts a neighbouring IAP2 level as half, without naming it as a reason', () => {
    expect(similarity(base, other({ iap2Level: 'consult' }))).toEqual({ score: 0.5, reasons: [] });
    expect(similarity(base, other({ iap2Level: 'collaborate' }))).toEqual({ score: 0.5, reasons: [] });
  });

  it('counts nothing for levels two or more steps apart', () => {
    expect(similarity(base, other({ iap2Level: 'inform' })).score).toBe(0);
  });

  it('is symmetric', () => {
    const a = { ...base, methods: ['petition', 'consultation'] as const, topics: ['a', 'b'] };
    const b = other({ methods: ['consultation'], topics: ['b', 'c'], country: 'DE', iap2Level: 'consult' });
    expect(similarity(a, b).score).toBe(similarity(b, a).score);
  });

  it('scores an identical case with every reason', () => {
    const result = similarity(base, base);
    expect(result.score).toBe(3 + 2 + 1 + 1 + 1);
    expect(result.reasons.map((reason) => reason.kind)).toEqual([
      'methods',
      'topics',
      'scope',
      'iap2Level',
      'country',
    ]);
  });
});

describe('rankSimilar', () => {
  it('puts the cases that share most first', () => {
    const topicOnly = { id: 'topic', ...other({ topics: ['climate-and-environment'], country: 'DE' }) };
    const method = { id: 'method', ...other({ methods: ['citizens_assembly'], scope: 'local' }) };
    const both = {
      id: 'both',
      ...other({ methods: ['citizens_assembly'], topics: ['climate-and-environment'] }),
    };
    expect(rankSimilar(base, [topicOnly, method, both], 5).map((r) => r.candidate.id)).toEqual([
      'both',
      'method',
      'topic',
    ]);
  });

  it(`leaves out cases scoring under ${MIN_SIMILARITY}`, () => {
    const weak = { id: 'weak', ...other({ topics: ['climate-and-environment'] }) };
    expect(rankSimilar(base, [weak], 5)).toEqual([]);
  });

  it('keeps the given order between equal scores', () => {
    const first = { id: 'first', ...other({ methods: ['citizens_assembly'] }) };
    const second = { id: 'second', ...other({ methods: ['citizens_assembly'] }) };
    expect(rankSimilar(base, [first, second], 5).map((r) => r.candidate.id)).toEqual(['first', 'second']);
  });

  it('returns at most the limit', () => {
    const many = Array.from({ length: 8 }, (_, index) => ({
      id: String(index),
      ...other({ methods: ['citizens_assembly'] }),
    }));
    expect(rankSimilar(base, many, 3)).toHaveLength(3);
  });

  it('returns nothing when there are no candidates', () => {
    expect(rankSimilar(base, [], 5)).toEqual([]);
  });
});
