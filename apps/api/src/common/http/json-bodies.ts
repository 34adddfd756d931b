import type { FastifyInstance } from 'fastify';
import { AppException } from '../errors/app.exception';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON bodies must be valid UTF-8: read as text, a stray byte would turn into U+FFFD and
 * be stored in place of what was sent. Parsing stays Fastify's own, refusing a body that
 * sets `__proto__` or `constructor.prototype`.
 */
export function acceptJsonBodies(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(new AppException(400, 'malformed_json', 'The request body is not valid UTF-8.'), undefined);
      return;
    }
    parse(request, text, done);
  });
}
