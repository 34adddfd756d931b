import { existsSync, mkdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import pino from 'pino';
import { AppModule } from './app.module';
import { clientErrorHandler, frameworkErrorHandler } from './common/errors/framework-errors';
import { registerCors } from './common/http/cors';
import { acceptFormBodies } from './common/http/form-bodies';
import { acceptJsonBodies } from './common/http/json-bodies';
import { requestIdOf } from './common/http/request-id';
import { attachResponseSchemas } from './common/http/response-schemas';
import { RouteMethods } from './common/http/route-methods';
import { registerSecurityHeaders, securityHeaderSets } from './common/http/security-headers';
import { requestLogFields } from './common/logging/loggable-url';
import { PinoNestLogger } from './common/logging/pino-nest-logger';
import { requestLogController, requestLoggerFactory } from './common/logging/request-logger';
import { MEDIA_PREFIX, mediaRoot } from './common/storage/storage';
import { acceptMultipartBodies } from './common/storage/upload';
import type { AppConfig } from './config/config';
import { LiveIoAdapter } from './modules/live/live-io.adapter';
import { connectRedis } from './modules/live/redis-client';
import { buildOpenApiDocument, mountApiDocs } from './openapi';

/** Builds the whole HTTP application (not yet listening); used by main, tests and the benchmark. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const headers = securityHeaderSets(config);
  const adapter = new FastifyAdapter({
    // Every cross-cutting concern here is a Fastify hook or a Nest guard, never Nest
    // middleware, so the adapter leaves out @fastify/middie and the request hook it runs
    // on every request for nothing. Adding Nest middleware needs it registered first.
    skipMiddie: true,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // requestIdOf reads and checks X-Request-Id itself; fastify would echo any value as given.
    requestIdHeader: false,
    genReqId: requestIdOf,
    // What the router refuses before any hook runs, and what Node's parser refuses before
    // there is a request, is answered as problem+json too.
    frameworkErrors: frameworkErrorHandler(headers.api, config.corsOrigins),
    clientErrorHandler: clientErrorHandler(headers.api),
    childLoggerFactory: requestLoggerFactory,
    logController: requestLogController(config.log.level),
    logger: {
      level: config.log.level,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      serializers: { req: requestLogFields },
      ...(config.log.pretty
        ? { transport: { target: 'pino-pretty', options: { singleLine: true } } }
        : { stream: logDestination() }),
    },
  });
  const fastify = adapter.getInstance();
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl),
    adapter,
    {
      logger: new PinoNestLogger(fastify.log),
      bufferLogs: false,
      // Bodies are JSON (and multipart on the upload routes, a form on the one-click
      // unsubscribe route, which a token authorises) only: Nest's parsers would take form
      // posts everywhere, which a cross-site HTML form can send without a CORS preflight.
      bodyParser: false,
    },
  );
  // Fastify's own JSON parser stays, behind a UTF-8 check; a plain-text body is refused as
  // 415 like any other type.
  acceptJsonBodies(fastify);
  fastify.removeContentTypeParser('text/plain');
  // Before any route is added, so that every one is known to the not-found path's 405.
  const routeMethods = app.get(RouteMethods);
  fastify.addHook('onRoute', (route) => routeMethods.add(route));
  app.setGlobalPrefix('api');
  registerSecurityHeaders(fastify, headers);
  registerCors(fastify, config.corsOrigins);
  await app.register(fastifyCookie);
  acceptMultipartBodies(fastify);
  acceptFormBodies(fastify);
  await serveMedia(app, mediaRoot(config.dataDir));

  const document = buildOpenApiDocument(app);
  if (config.apiDocsEnabled) mountApiDocs(app, document);
  fastify.get('/api/openapi.json', (_request, reply) => reply.send(document));

  if (existsSync(join(config.webDistDir, 'index.html'))) await serveWebClient(app, config.webDistDir);
  useLiveChannel(app, config);
  attachResponseSchemas(app);
  await app.init();
  return app;
}

/**
 * Standard output, written without blocking: a line is queued and written by the event loop,
 * and the lines logged while a write is under way go out together with the next one, so a
 * busy server makes fewer, larger writes and never waits for the terminal or the log
 * collector. Nothing waits to fill a buffer, so a quiet server's lines (a mail's link in
 * development) still appear at once. What is queued is written synchronously when the
 * process exits, whatever the cause; only a killed process can lose its last lines.
 * One per process, shared by every app it creates.
 */
let destination: ReturnType<typeof pino.destination> | undefined;
function logDestination() {
  destination ??= pino.destination({ dest: 1, sync: false });
  return destination;
}

/** Writes out the log lines still queued, before the process says its last word. */
export function flushLog(): void {
  destination?.flushSync();
}

/**
 * Socket.IO at `/live` on the same server, through Redis when `REDIS_URL` is set. Live
 * connections are closed before the HTTP server, which would otherwise wait for them, and
 * Redis is let go once the server has closed.
 */
function useLiveChannel(app: NestFastifyApplication, config: AppConfig): void {
  const redis = config.redisUrl ? connectRedis(config.redisUrl) : null;
  const adapter = new LiveIoAdapter(app, redis ? { client: redis, prefix: config.redisPrefix } : null);
  app.useWebSocketAdapter(adapter);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('preClose', (done) => {
    adapter.disconnectLocal();
    done();
  });
  if (redis)
    fastify.addHook('onClose', async () => void (await redis.quit().catch(() => redis.disconnect())));
}

/** Uploaded images: their names change whenever they do, so they are cached for a year. */
async function serveMedia(app: NestFastifyApplication, root: string): Promise<void> {
  mkdirSync(root, { recursive: true });
  await app.register(fastifyStatic, {
    root,
    prefix: MEDIA_PREFIX,
    decorateReply: false,
    index: false,
    setHeaders: (reply) => {
      reply.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
}

/**
 * Serves the built client: hashed assets cached for a year, other files for five minutes,
 * and index.html (every page) revalidated each time, so a new release is seen at once.
 */
async function serveWebClient(app: NestFastifyApplication, root: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const assets = join(root, 'assets');
  const index = join(root, 'index.html');
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        path.startsWith(assets + sep)
          ? 'public, max-age=31536000, immutable'
          : path === index
            ? 'no-cache'
            : 'public, max-age=300',
      );
    },
  });
  const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?', 1)[0] ?? '';
    // No API route has this address: it gets the API's own answer (404, or 405 where the
    // path has other methods), exactly as when the client is not served.
    if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
    const file = path.slice(1);
    if (file && !file.endsWith('/') && existsSync(join(root, file))) return reply.sendFile(file);
    return reply.sendFile('index.html');
  };
  // Pages exist at every path, for GET only: these routes say nothing about a path's methods.
  fastify.get('/', { config: { catchAll: true } }, sendIndex);
  fastify.get('/*', { config: { catchAll: true } }, sendIndex);
}
