import { createServer, type IncomingMessage } from 'node:http';
import { Pool, type PoolClient } from 'pg';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import type { FileStorage } from '../../common/storage/storage';
import { verifyAccessToken } from '../../modules/auth/access-token';
import type { Session } from '../../modules/auth/entities/session.entity';
import { SessionsRepository } from '../../modules/auth/sessions.repository';
import { milestonesCrossed } from '../../modules/petitions/petition-rules';
import { PetitionSignaturesRepository } from '../../modules/petitions/petition-signatures.repository';
import { toPetition } from '../../modules/petitions/petition-view';
import { PetitionsRepository } from '../../modules/petitions/petitions.repository';
import { sendJson, serveBaseline } from './serve';

/**
 * A bare `node:http` server answering a member's signature (`PUT
 * /api/petitions/:id/signature`) with the API's JSON. The database work is the API's own
 * (PetitionsRepository and PetitionSignaturesRepository, through a `pg` pool of the API's default size): the session check,
 * the petition read, the signature's transaction (take over or insert, count one, record
 * milestones) and the read of the answer. Only the framework around it differs, and the
 * milestone notifications, which the API writes for three of every hundred signatures.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const db = {
  query: async (text: string, values?: unknown[]) => (await pool.query(text, values)).rows,
} as unknown as DataSource;
const storage = { urlOf: (key: string) => `/media/${key}` } as FileStorage;
const secret = process.env.AUTH_SECRET ?? '';
const sessions = new SessionsRepository(db, {} as Repository<Session>);
const petitions = new PetitionsRepository(db);
const signatures = new PetitionSignaturesRepository(db);

/** A transaction's `query` as TypeORM's pg driver answers it: rows, or [rows, count] for UPDATE and DELETE. */
function managerOf(client: PoolClient): EntityManager {
  return {
    query: async (text: string, values?: unknown[]) => {
      const result = await client.query(text, values);
      return result.command === 'UPDATE' || result.command === 'DELETE'
        ? [result.rows, result.rowCount]
        : result.rows;
    },
  } as unknown as EntityManager;
}

async function viewerOf(request: IncomingMessage): Promise<string | null> {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  const claims = scheme?.toLowerCase() === 'bearer' && token ? verifyAccessToken(token, secret) : null;
  if (!claims) return null;
  return (await sessions.findLive(claims.sid, claims.sub)) ? claims.sub : null;
}

async function bodyOf(request: IncomingMessage): Promise<{ showName: boolean; shareContact: boolean }> {
  let text = '';
  for await (const chunk of request) text += chunk;
  const parsed = JSON.parse(text || '{}') as { showName?: boolean; shareContact?: boolean };
  return { showName: parsed.showName ?? false, shareContact: parsed.shareContact ?? false };
}

async function sign(id: string, viewerId: string, consent: { showName: boolean; shareContact: boolean }) {
  const before = await petitions.findForViewer(id, viewerId);
  if (before?.state !== 'open') return null;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const tx = managerOf(client);
    if (await signatures.signAsMember(tx, id, viewerId, consent)) {
      const counted = await signatures.countOne(tx, id);
      if (!counted) throw new Error('the petition closed');
      await signatures.recordMilestones(
        tx,
        id,
        milestonesCrossed(counted.signature_count - 1, counted.signature_count, counted.goal),
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  const after = await petitions.findForViewer(id, viewerId);
  return after && toPetition(after, viewerId, storage);
}

const SIGNATURE = /^\/api\/petitions\/([0-9a-f-]{36})\/signature$/;

serveBaseline(
  createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const id = SIGNATURE.exec(url.pathname)?.[1];
    if (request.method !== 'PUT' || !id) {
      response.writeHead(404).end();
      return;
    }
    Promise.all([viewerOf(request), bodyOf(request)])
      .then(([viewerId, consent]) => (viewerId ? sign(id, viewerId, consent) : null))
      .then(
        (body) => (body ? sendJson(response, 200, body) : response.writeHead(404).end()),
        (error: unknown) => sendJson(response, 500, { error: String(error) }),
      );
  }),
  () => pool.end(),
);
