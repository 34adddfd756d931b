import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorCode } from '@open-spaces/contracts';
import type { ConnectionError, FastifyBaseLogger, FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { grantOrigin } from '../http/cors';
import { newRequestId } from '../http/request-id';
import { INTERNAL_ERROR, PROBLEM_CONTENT_TYPE, problem } from './problem';

interface Refusal {
  status: number;
  code: ErrorCode;
  detail: string;
}

// No detail names the address: it may be huge, or written to be shown back.

/** What Fastify's router refuses, by its error code. */
const routerRefusals: Record<string, Refusal> = {
  FST_ERR_BAD_URL: {
    status: 400,
    code: 'bad_request',
    detail: 'The request address cannot be read.',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    code: 'uri_too_long',
    detail: 'A segment of the request address is too long.',
  },
};
/** Only an asynchronous route constraint, which the API has none of, fails otherwise. */
const ROUTER_FAILED: Refusal = INTERNAL_ERROR;

/** What Node's HTTP parser refuses, by its error code; anything else is not HTTP. */
const parserRefusals: Record<string, Refusal> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'headers_too_large',
    detail: 'The request line and headers are too large.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'request_timeout',
    detail: 'The request took too long to arrive.',
  },
};
const NOT_HTTP: Refusal = { status: 400, code: 'bad_request', detail: 'The request is not valid HTTP.' };

/**
 * Fastify's `frameworkErrors`: the router refuses an address it cannot decode or a path
 * parameter over `maxParamLength` before any request hook runs, so this answer sets what
 * those hooks would (the JSON security headers, the request id, CORS) and sends a problem.
 */
export function frameworkErrorHandler(
  securityHeaders: Readonly<Record<string, string>>,
  allowedOrigins: readonly string[],
): (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => void {
  const allowed = new Set(allowedOrigins);
  return (error, request, reply) => {
    const refusal = routerRefusals[error.code] ?? ROUTER_FAILED;
    if (refusal === ROUTER_FAILED) request.log.error({ err: error }, 'the router failed');
    reply.headers(securityHeaders).header('x-request-id', request.id);
    grantOrigin(request, reply, allowed);
    reply
      .status(refusal.status)
      .type(PROBLEM_CONTENT_TYPE)
      .send(problem({ ...refusal, requestId: request.id }));
  };
}

/** A socket of Node's HTTP server, with the response it is writing, if any. */
type ServerSocket = Socket & { _httpMessage?: { headersSent: boolean } | null };

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser refused what arrived on a socket (a
 * malformed request line, headers over the size limit, headers too slow), so there is no
 * request, and this writes a whole HTTP/1.1 answer on the socket itself, with a new
 * request id, and closes it. Nothing is written for a connection the client reset, to a
 * socket that cannot take it, or over an answer already under way on that socket.
 */
export function clientErrorHandler(
  securityHeaders: Readonly<Record<string, string>>,
): (this: { log: FastifyBaseLogger }, error: ConnectionError, socket: Socket) => void {
  const fixedHeaders = Object.entries(securityHeaders)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return function answerClientError(error, socket) {
    const inFlight = (socket as ServerSocket)._httpMessage?.headersSent === true;
    if (error.code !== 'ECONNRESET' && socket.writable && !inFlight) {
      const refusal = parserRefusals[error.code] ?? NOT_HTTP;
      const requestId = newRequestId();
      this.log.debug(
        { reqId: requestId, code: error.code },
        'refused a request the HTTP parser could not read',
      );
      const body = JSON.stringify(problem({ ...refusal, requestId }));
      socket.write(
        `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}\r\n` +
          `content-type: ${PROBLEM_CONTENT_TYPE}\r\n` +
          `content-length: ${Buffer.byteLength(body)}\r\n` +
          `date: ${new Date().toUTCString()}\r\n` +
          'connection: close\r\n' +
          `x-request-id: ${requestId}\r\n` +
          `${fixedHeaders}\r\n${body}`,
      );
    }
    socket.destroy();
  };
}
