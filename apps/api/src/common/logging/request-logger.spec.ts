import { Writable } from 'node:stream';
import Fastify, { type FastifyBaseLogger, type LogController } from 'fastify';
import {
  logsRequests,
  OneLinePerRequest,
  QuietRequestLines,
  RequestLogger,
  requestLogController,
  requestLoggerFactory,
} from './request-logger';

/** A real pino logger (the one Fastify builds) whose lines are kept in memory. */
function rootLogger(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const app = Fastify({ logger: { level, stream } });
  return { root: app.log, lines };
}

function countingChildren(root: FastifyBaseLogger) {
  let made = 0;
  const parent = Object.create(root) as FastifyBaseLogger;
  parent.child = (bindings, options) => {
    made += 1;
    return root.child(bindings, options);
  };
  return { parent, made: () => made };
}

describe('RequestLogger', () => {
  it('writes lines at enabled levels with the request id, as a child logger would', () => {
    const { root, lines } = rootLogger('info');
    const log = new RequestLogger(root, { reqId: 'r-1' }, {});
    log.info({ url: '/api/health' }, 'incoming request');
    log.error('went wrong');
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, reqId: 'r-1', url: '/api/health', msg: 'incoming request' }),
      expect.objectContaining({ level: 50, reqId: 'r-1', msg: 'went wrong' }),
    ]);
  });

  it('writes nothing and builds no child for lines below its level', () => {
    const { root, lines } = rootLogger('warn');
    const { parent, made } = countingChildren(root);
    const log = new RequestLogger(parent, { reqId: 'r-2' }, {});
    log.info('incoming request');
    log.debug('details');
    log.trace('more details');
    expect(lines).toEqual([]);
    expect(made()).toBe(0);
    log.warn('slow');
    log.warn('still slow');
    expect(lines.map((line) => [line.reqId, line.msg])).toEqual([
      ['r-2', 'slow'],
      ['r-2', 'still slow'],
    ]);
    expect(made()).toBe(1);
  });

  it('follows a level given for the route, and one set on it later', () => {
    const { root, lines } = rootLogger('warn');
    const log = new RequestLogger(root, { reqId: 'r-3' }, { level: 'debug' });
    expect(log.level).toBe('debug');
    log.debug('route detail');
    log.level = 'error';
    log.warn('not written');
    expect(lines.map((line) => line.msg)).toEqual(['route detail']);
  });

  it('is silent at the silent level and gives children both sets of bindings', () => {
    const { root, lines } = rootLogger('silent');
    const log = requestLoggerFactory(root, { reqId: 'r-4' }, {});
    log.fatal('never');
    log.silent('never');
    expect(lines).toEqual([]);
    const { root: infoRoot, lines: infoLines } = rootLogger('info');
    requestLoggerFactory(infoRoot, { reqId: 'r-5' }, {}).child({ job: 'mail' }).info('sent');
    expect(infoLines).toEqual([expect.objectContaining({ reqId: 'r-5', job: 'mail', msg: 'sent' })]);
  });

  it('has Fastify log each request only at levels that write info lines', () => {
    for (const level of ['trace', 'debug', 'info']) expect(logsRequests(level)).toBe(true);
    for (const level of ['warn', 'error', 'fatal', 'silent']) expect(logsRequests(level)).toBe(false);
  });
});

describe('QuietRequestLines', () => {
  /** A Fastify app logging at `level` through request loggers that count their info calls. */
  async function serve(level: string, logController: LogController | undefined) {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    let infoCalls = 0;
    class CountingLogger extends RequestLogger {
      override info(...args: unknown[]): void {
        infoCalls += 1;
        super.info(...args);
      }
    }
    const app = Fastify({
      logger: { level, stream },
      childLoggerFactory: (logger, bindings, options) => new CountingLogger(logger, bindings, options),
      logController,
    });
    app.get('/items/:id', async () => ({ ok: true }));
    app.get('/boom', async () => {
      throw new Error('boom');
    });
    await app.inject('/items/secret-handle');
    await app.inject('/boom');
    await app.close();
    const written = lines.map(({ level, msg, reqId }) => ({ level, msg, withId: typeof reqId === 'string' }));
    return { written, infoCalls, lines };
  }

  it('writes at warn what Fastify writes there, without preparing the per-request info lines', async () => {
    const own = await serve('warn', undefined);
    const quiet = await serve('warn', new QuietRequestLines());
    expect(own.written).toContainEqual({ level: 50, msg: 'boom', withId: true });
    expect(quiet.written).toEqual(own.written);
    expect(own.infoCalls).toBeGreaterThan(0);
    expect(quiet.infoCalls).toBe(0);
  });

  it('writes one line per request at info and below, with the route pattern, status and time', async () => {
    for (const level of ['trace', 'debug', 'info'])
      expect(requestLogController(level)).toBeInstanceOf(OneLinePerRequest);
    for (const level of ['warn', 'error'])
      expect(requestLogController(level)).toBeInstanceOf(QuietRequestLines);
    const one = await serve('info', requestLogController('info'));
    const messages = one.written.map((line) => line.msg);
    expect(messages).not.toContain('incoming request');
    // Two requests, one line each, each with its own request id.
    const completed = one.lines.filter((line) => line.msg === 'request completed');
    expect(new Set(completed.map((line) => line.reqId)).size).toBe(2);
    expect(completed).toHaveLength(2);
    expect(messages).toContain('boom');
    expect(one.lines).toContainEqual(
      expect.objectContaining({
        msg: 'request completed',
        method: 'GET',
        route: '/items/:id',
        status: 200,
        responseTime: expect.any(Number),
        reqId: expect.any(String),
      }),
    );
    expect(JSON.stringify(one.lines)).not.toContain('secret-handle');
  });
});
