import type { CaseMethod, CaseScope, Iap2Level, SimilarityReason } from '@open-spaces/contracts';

/** What the similarity of two cases is judged on. */
export interface SimilarityTraits {
  methods: readonly CaseMethod[];
  topics: readonly string[];
  scope: CaseScope;
  iap2Level: Iap2Level;
  country: string;
}

/**
 * Points for each thing two cases share. A shared method says most about what another
 * organisation can learn from a case, a shared topic next; scope, IAP2 level and country
 * each add a little and break ties between cases that share the same methods and topics.
 */
export const SIMILARITY_POINTS = {
  method: 3,
  topic: 2,
  scope: 1,
  iap2Level: 1,
  /** The neighbouring level on the spectrum (consult and involve) counts half. */
  nearIap2Level: 0.5,
  country: 1,
} as const;

/** Below this a case shares too little to be suggested (one topic alone is not enough). */
export const MIN_SIMILARITY = 3;

const LEVELS: readonly Iap2Level[] = ['inform', 'consult', 'involve', 'collaborate', 'empower'];

export interface Similarity {
  score: number;
  reasons: SimilarityReason[];
}

/** How similar `other` is to `of`, and why; symmetric. */
export function similarity(of: SimilarityTraits, other: SimilarityTraits): Similarity {
  const reasons: SimilarityReason[] = [];
  let score = 0;
  const methods = of.methods.filter((method) => other.methods.includes(method));
  if (methods.length > 0) {
    score += methods.length * SIMILARITY_POINTS.method;
    reasons.push({ kind: 'methods', values: [...methods].sort() });
  }
  const topics = of.topics.filter((topic) => other.topics.includes(topic));
  if (topics.length > 0) {
    score += topics.length * SIMILARITY_POINTS.topic;
    reasons.push({ kind: 'topics', values: [...topics].sort() });
  }
  if (of.scope === other.scope) {
    score += SIMILARITY_POINTS.scope;
    reasons.push({ kind: 'scope', value: of.scope });
  }
  const distance = Math.abs(LEVELS.indexOf(of.iap2Level) - LEVELS.indexOf(other.iap2Level));
  if (distance === 0) {
    score += SIMILARITY_POINTS.iap2Level;
    reasons.push({ kind: 'iap2Level', value: of.iap2Level });
  } else if (distance === 1) {
    score += SIMILARITY_POINTS.nearIap2Level;
  }
  if (of.country === other.country) {
    score += SIMILARITY_POINTS.country;
    reasons.push({ kind: 'country', value: of.country });
  }
  return { score, reasons };
}

/**
 * The `limit` candidates most similar to `of`, best first, leaving out those below
 * `MIN_SIMILARITY`. Equal scores keep the candidates' own order (the newest first).
 */
export function rankSimilar<T extends SimilarityTraits>(
  of: SimilarityTraits,
  candidates: readonly T[],
  limit: number,
): (Similarity & { candidate: T })[] {
  return candidates
    .map((candidate) => ({ candidate, ...similarity(of, candidate) }))
    .filter((ranked) => ranked.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
