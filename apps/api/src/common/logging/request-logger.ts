import {
  type FastifyBaseLogger,
  type FastifyReply,
  type FastifyRequest,
  LogController,
  type LogLevel,
} from 'fastify';

type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildLoggerOptions = NonNullable<Parameters<FastifyBaseLogger['child']>[1]>;
type WritingLevel = Exclude<LogLevel, 'silent'>;

/** pino's standard levels: a line is written when its level is at least the logger's. */
const SEVERITY: Record<LogLevel, number> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
  silent: Number.POSITIVE_INFINITY,
};

/**
 * The logger of one request: what it writes carries the request id, as a pino child
 * logger's lines would, but the child is built only when the request writes a line its
 * level lets through. At the production level most requests write nothing, and a pino
 * child built with options (as Fastify asks for one) costs about ten times this wrapper.
 */
export class RequestLogger implements FastifyBaseLogger {
  private built: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {}

  get level(): string {
    return this.built?.level ?? this.options.level ?? this.parent.level;
  }

  set level(level: string) {
    this.bound().level = level;
  }

  fatal(...args: unknown[]): void {
    this.write('fatal', args);
  }
  error(...args: unknown[]): void {
    this.write('error', args);
  }
  warn(...args: unknown[]): void {
    this.write('warn', args);
  }
  info(...args: unknown[]): void {
    this.write('info', args);
  }
  debug(...args: unknown[]): void {
    this.write('debug', args);
  }
  trace(...args: unknown[]): void {
    this.write('trace', args);
  }
  silent(): void {}

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.bound().child(bindings, options);
  }

  private write(level: WritingLevel, args: unknown[]): void {
    const threshold = SEVERITY[this.level as LogLevel] as number | undefined;
    // A level pino was given beyond the standard ones: let pino decide.
    if (threshold !== undefined && SEVERITY[level] < threshold) return;
    const logger = this.bound();
    (logger[level] as (...line: unknown[]) => void).apply(logger, args);
  }

  private bound(): FastifyBaseLogger {
    this.built ??= this.parent.child(this.bindings, this.options);
    return this.built;
  }
}

/**
 * Whether a logger at `level` writes the line every request gets, which is at `info`. A
 * level beyond pino's standard ones keeps it, for pino to decide.
 */
export function logsRequests(level: string): boolean {
  const severity = SEVERITY[level as LogLevel] as number | undefined;
  return severity === undefined || severity <= SEVERITY.info;
}

/**
 * The request log lines for a logger above `info` (`warn` and up): the line every request
 * gets would be dropped, so it is not prepared at all. Every other line
 * Fastify writes about a request (one that errored, a 5xx, a failed stream or serializer)
 * is written as before.
 */
export class QuietRequestLines extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
    metadata?: Record<string, unknown>,
  ): void {
    if (error) super.requestCompleted(error, request, reply, metadata);
  }
}

/**
 * One line per request at `info` instead of Fastify's two ("incoming request" and "request
 * completed"): method, route pattern, status and response time, with the request id; the
 * start of a request is written only at `debug`, where tracing one is the point. The
 * route pattern (`/api/organisations/:slug`) is logged, not the URL, so the log keeps no
 * handles, slugs or query strings of the people using the product. A request that errored
 * is written as Fastify writes it, with the error.
 */
export class OneLinePerRequest extends LogController {
  /** At `debug` and below, the start of each request too (method, URL with tokens redacted). */
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
    metadata?: Record<string, unknown>,
  ): void {
    if (error) {
      super.requestCompleted(error, request, reply, metadata);
      return;
    }
    reply.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? null,
        status: reply.statusCode,
        responseTime: reply.elapsedTime,
      },
      'request completed',
    );
  }
}

/** The log controller for Fastify at `level`: one line per request, or none above `info`. */
export function requestLogController(level: string): LogController {
  return logsRequests(level) ? new OneLinePerRequest() : new QuietRequestLines();
}

/** Fastify's `childLoggerFactory`: every request gets a `RequestLogger`. */
export function requestLoggerFactory(
  logger: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildLoggerOptions,
): FastifyBaseLogger {
  return new RequestLogger(logger, bindings, options);
}
