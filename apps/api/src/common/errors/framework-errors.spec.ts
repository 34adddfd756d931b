import type { Socket } from 'node:net';
import type { ConnectionError, FastifyBaseLogger } from 'fastify';
import { clientErrorHandler } from './framework-errors';

const headers = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };

function parserError(code: string): ConnectionError {
  return Object.assign(new Error(code), { code, bytesParsed: 0, rawPacket: { type: 'Buffer', data: [] } });
}

function fakeSocket(state: { writable?: boolean; responseStarted?: boolean } = {}) {
  const written: string[] = [];
  const socket = {
    writable: state.writable ?? true,
    _httpMessage: state.responseStarted === undefined ? null : { headersSent: state.responseStarted },
    write: jest.fn((text: string) => {
      written.push(text);
      return true;
    }),
    destroy: jest.fn(),
  };
  return { socket, asSocket: socket as unknown as Socket, written };
}

function answer(code: string, state?: { writable?: boolean; responseStarted?: boolean }) {
  const { socket, asSocket, written } = fakeSocket(state);
  const log = { debug: jest.fn() } as unknown as FastifyBaseLogger;
  clientErrorHandler(headers).call({ log }, parserError(code), asSocket);
  return { socket, written };
}

function parse(text: string) {
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const [statusLine, ...lines] = head.split('\r\n');
  return {
    statusLine,
    headers: Object.fromEntries(lines.map((line) => line.split(': ') as [string, string])),
    body,
  };
}

describe('clientErrorHandler', () => {
  it.each([
    ['HPE_HEADER_OVERFLOW', '431 Request Header Fields Too Large', 'headers_too_large'],
    ['ERR_HTTP_REQUEST_TIMEOUT', '408 Request Timeout', 'request_timeout'],
    ['HPE_INVALID_METHOD', '400 Bad Request', 'bad_request'],
    ['HPE_INVALID_CONSTANT', '400 Bad Request', 'bad_request'],
    ['HPE_UNEXPECTED_CONTENT_LENGTH', '400 Bad Request', 'bad_request'],
  ])('answers %s with a whole %s problem and closes the socket', (parserCode, status, code) => {
    const { socket, written } = answer(parserCode);
    expect(written).toHaveLength(1);
    const { statusLine, headers: sent, body } = parse(written[0] ?? '');
    expect(statusLine).toBe(`HTTP/1.1 ${status}`);
    expect(sent).toMatchObject({
      'content-type': 'application/problem+json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      connection: 'close',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    expect(sent.date).toBeTruthy();
    const problem = JSON.parse(body);
    expect(problem).toMatchObject({ code, status: Number(status.split(' ')[0]) });
    expect(problem.requestId).toBe(sent['x-request-id']);
    expect(socket.destroy).toHaveBeenCalledTimes(1);
  });

  it('gives each refused request an id of its own', () => {
    const first = parse(answer('HPE_INVALID_METHOD').written[0] ?? '');
    const second = parse(answer('HPE_INVALID_METHOD').written[0] ?? '');
    expect(first.headers['x-request-id']).toMatch(/^[\w-]{16}$/);
    expect(first.headers['x-request-id']).not.toBe(second.headers['x-request-id']);
  });

  it('writes nothing on a connection the client reset', () => {
    const { socket, written } = answer('ECONNRESET');
    expect(written).toEqual([]);
    expect(socket.destroy).toHaveBeenCalledTimes(1);
  });

  it('writes nothing to a socket that is no longer writable', () => {
    const { socket, written } = answer('HPE_HEADER_OVERFLOW', { writable: false });
    expect(written).toEqual([]);
    expect(socket.destroy).toHaveBeenCalledTimes(1);
  });

  it('writes nothing over an answer already under way on the socket', () => {
    expect(answer('HPE_INVALID_METHOD', { responseStarted: true }).written).toEqual([]);
    expect(answer('HPE_INVALID_METHOD', { responseStarted: false }).written).toHaveLength(1);
  });
});
