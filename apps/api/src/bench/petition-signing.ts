import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { writeBenchPeople } from './bench-people';
import { LatencyRecorder } from './stats';

/**
 * The `petition-signing` benchmark: `signers` members sign one petition at the same moment,
 * each with a double click (two requests at once), on the API and on a bare server that runs
 * the same SQL. Each round signs a fresh petition per target; afterwards the database must
 * hold exactly one signature per signer and the stored count must equal the rows: no lost
 * and no double signature.
 */
export const PETITION_SIGNING = {
  name: 'petition-signing',
  signers: 100,
  rounds: Number(process.env.BENCH_SIGNING_ROUNDS ?? 5),
  /**
   * Every request of a round waits on one petition's row lock, so the burst's latency is
   * the database's; the API's p95 may exceed the bare server's by at most this factor.
   */
  maxP95Ratio: 1.5,
} as const;

export interface SigningAudience {
  authorId: string;
  tokens: string[];
  remove: () => Promise<void>;
}

export interface SigningResult {
  label: string;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface SigningComparison {
  signers: number;
  rounds: number;
  api: SigningResult;
  baseline: SigningResult;
  passed: boolean;
}

/** The signers, with confirmed addresses and live sessions, and the author of the petitions. */
export async function seedSigningAudience(
  databaseUrl: string,
  secret: string,
  count: number,
): Promise<SigningAudience> {
  // Petitions, signatures and sessions go with their people.
  const { people, remove } = await writeBenchPeople(
    databaseUrl,
    secret,
    { prefix: 'signing', name: 'Signer', count },
    async (db, written) => {
      const author = written.find((person) => person.n === 0);
      if (!author) throw new Error('the petitions’ author was not written');
      await db.query(`UPDATE profiles SET visibility = 'public' WHERE user_id = $1`, [author.id]);
    },
  );
  const [author, ...signers] = people;
  if (!author) throw new Error('the petitions’ author was not written');
  return { authorId: author.id, tokens: signers.map((signer) => signer.token), remove };
}

/** An open petition by the audience's author, with the signers as its goal. */
export async function openPetition(databaseUrl: string, authorId: string, goal: number): Promise<string> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO petitions (author_id, title, text, text_html, addressee, goal, deadline, language, state, opened_at)
       VALUES ($1, 'Benchmark petition', 'Signed by the benchmark.', '<p>Signed by the benchmark.</p>',
               'The benchmark', $2, now() + interval '1 day', 'en', 'open', now())
       RETURNING id`,
      [authorId, goal],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error('the benchmark petition was not written');
    return id;
  } finally {
    await db.end();
  }
}

/** What the database holds for one petition after a round. */
export interface SigningTally {
  stored: number;
  rows: number;
  distinctSigners: number;
}

export async function tallySignatures(databaseUrl: string, petitionId: string): Promise<SigningTally> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<SigningTally>(
      `SELECT p.signature_count AS stored,
              (SELECT count(*)::int FROM petition_signatures s WHERE s.petition_id = p.id AND s.status = 'confirmed') AS rows,
              (SELECT count(DISTINCT s.user_id)::int FROM petition_signatures s WHERE s.petition_id = p.id) AS "distinctSigners"
         FROM petitions p WHERE p.id = $1`,
      [petitionId],
    );
    const tally = rows[0];
    if (!tally) throw new Error(`petition ${petitionId} is gone`);
    return tally;
  } finally {
    await db.end();
  }
}

/** Why a tally shows a lost or a double signature, or null when it is exact. */
export function tallyProblem(tally: SigningTally, signers: number): string | null {
  if (tally.distinctSigners !== signers) return `${tally.distinctSigners} distinct signers of ${signers}`;
  if (tally.rows !== signers) return `${tally.rows} signatures for ${signers} signers`;
  if (tally.stored !== tally.rows) return `a stored count of ${tally.stored} for ${tally.rows} signatures`;
  return null;
}

/** Every signer signs at once, twice (a double click); each request's time is recorded. */
export async function signAtOnce(
  origin: string,
  petitionId: string,
  tokens: readonly string[],
  recorder: LatencyRecorder | null,
): Promise<void> {
  const sign = async (token: string) => {
    const started = performance.now();
    const response = await fetch(`${origin}/api/petitions/${petitionId}/signature`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ showName: true, shareContact: false }),
    });
    await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (!response.ok)
      throw new Error(`PUT /api/petitions/${petitionId}/signature answered ${response.status}`);
    recorder?.record(elapsed);
  };
  await Promise.all(tokens.flatMap((token) => [sign(token), sign(token)]));
}

/** Whether the API's p95 stayed within the target's factor of the bare server's. */
export function signingPassed(api: SigningResult, baseline: SigningResult): boolean {
  return api.p95 <= PETITION_SIGNING.maxP95Ratio * baseline.p95;
}

export function signingResult(label: string, recorder: LatencyRecorder, requests: number): SigningResult {
  return {
    label,
    requests,
    p50: recorder.percentile(0.5),
    p95: recorder.percentile(0.95),
    p99: recorder.percentile(0.99),
  };
}

const ms = (value: number) => value.toFixed(1);

/** The report's table: both targets' latencies and whether every round's tally was exact. */
export function signingTable(comparison: SigningComparison): string {
  const rows = [comparison.api, comparison.baseline].map(
    (result) =>
      `| ${result.label} | ${result.requests} | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(result.p99)} |`,
  );
  return [
    `### ${PETITION_SIGNING.name}: ${comparison.signers} signers at once, ${comparison.rounds} rounds`,
    '',
    'PUT /api/petitions/<id>/signature, signed in, every signer twice at the same moment, a fresh petition per round and target',
    '',
    '| target | requests | p50 ms | p95 ms | p99 ms |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'After every round: one signature per signer, the stored count equal to the rows (checked on both targets).',
    `Target: API p95 ≤ ${PETITION_SIGNING.maxP95Ratio} × bare p95: ${comparison.passed ? 'met' : 'MISSED'}`,
    '',
  ].join('\n');
}
