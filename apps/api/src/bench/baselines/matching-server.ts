import { createServer, type IncomingMessage } from 'node:http';
import { SuggestionQuery } from '@open-spaces/contracts';
import { Pool } from 'pg';
import type { Repository } from 'typeorm';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import type { FileStorage } from '../../common/storage/storage';
import { verifyAccessToken } from '../../modules/auth/access-token';
import type { Session } from '../../modules/auth/entities/session.entity';
import { SessionsRepository } from '../../modules/auth/sessions.repository';
import { MatchingRepository } from '../../modules/matching/matching.repository';
import { MatchingService } from '../../modules/matching/matching.service';
import { MembershipsRepository } from '../../modules/organisations/memberships.repository';
import { OrganisationsRepository } from '../../modules/organisations/organisations.repository';
import { OrganisationsService } from '../../modules/organisations/organisations.service';
import { ProfilesRepository } from '../../modules/profiles/profiles.repository';
import { ProfilesService } from '../../modules/profiles/profiles.service';
import type { TaxonomyService } from '../../modules/taxonomy/taxonomy.service';
import { poolDataSource } from './pool-data-source';
import { sendJson, serveBaseline } from './serve';

/**
 * A bare `node:http` server answering suggestions for a person (`GET /api/people/suggestions`)
 * and for an organisation (`GET /api/organisations/:slug/suggestions`) with the API's exact
 * JSON. The database work and the scoring are the API's own (the session check, the
 * organisation's access check, the candidate queries and the pure scorer), run through a
 * `pg` pool of the API's default size; only the framework around them differs.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: '-c jit=off' });
const db = poolDataSource(pool);
const storage = { urlOf: (key: string) => `/media/${key}` } as FileStorage;
const secret = process.env.AUTH_SECRET ?? '';
// Reading suggestions never validates taxonomy values; only writes do.
const taxonomy = {} as TaxonomyService;
const matching = new MatchingService(
  new MatchingRepository(db),
  new OrganisationsService(new OrganisationsRepository(db), new MembershipsRepository(db), taxonomy, storage),
  new ProfilesService(new ProfilesRepository(db), taxonomy, storage),
  storage,
);
const sessions = new SessionsRepository(db, {} as Repository<Session>);
const ORGANISATION_PATH = /^\/api\/organisations\/([^/]+)\/suggestions$/;

async function viewerOf(request: IncomingMessage): Promise<AuthUser | null> {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  const claims = scheme?.toLowerCase() === 'bearer' && token ? verifyAccessToken(token, secret) : null;
  if (!claims || !(await sessions.findLive(claims.sid, claims.sub))) return null;
  return { id: claims.sub, role: 'member', sessionId: claims.sid, emailVerified: true };
}

serveBaseline(
  createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const organisation = ORGANISATION_PATH.exec(url.pathname)?.[1];
    if (request.method !== 'GET' || (url.pathname !== '/api/people/suggestions' && !organisation)) {
      response.writeHead(404).end();
      return;
    }
    const query = SuggestionQuery.parse(Object.fromEntries(url.searchParams));
    viewerOf(request)
      .then((viewer): Promise<unknown> | null => {
        if (!viewer) return null;
        return organisation
          ? matching.forOrganisation(decodeURIComponent(organisation), viewer, query)
          : matching.forPerson(viewer, query);
      })
      .then(
        (body) => (body ? sendJson(response, 200, body) : response.writeHead(401).end()),
        (error: unknown) => sendJson(response, 500, { error: String(error) }),
      );
  }),
  () => pool.end(),
);
