import { Busboy, type BusboyFileStream } from '@fastify/busboy';
import { RouteConfig } from '@nestjs/platform-fastify';
import { errorCodes, type FastifyInstance, type FastifyRequest } from 'fastify';
import { imageErrors, MAX_IMAGE_BYTES } from './images';

const MULTIPART = 'multipart/form-data';
const FIELD = 'file';

/** Marks a route that reads its multipart body with `readImageUpload`. */
export const ReadsUpload = () => RouteConfig({ readsUpload: true });

/**
 * Lets multipart bodies reach the upload routes (`@ReadsUpload()`) unread; every other
 * route refuses them as 415, like any body that is not JSON. Only those routes read
 * them (`readImageUpload`): the multipart plugin added two async hooks and a close
 * listener to every request of the API, for the sake of two routes.
 */
export function acceptMultipartBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(MULTIPART, (request, _payload, done) => {
    const config = request.routeOptions.config as { readsUpload?: boolean };
    // A request no route has is left to the not-found answer (404, or 405 with Allow).
    if (config.readsUpload === true || request.is404) done(null);
    else done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(MULTIPART));
  });
}

/**
 * Reads the one file of a multipart upload, in the field `file`, into memory. Reading
 * stops at 5 MB, so an oversized upload is refused without ever being held whole. Not
 * multipart, no file in `file`, or a malformed body: 400 `image_invalid`; over the
 * limit: 413 `image_too_large`.
 */
export function readImageUpload(request: FastifyRequest): Promise<Buffer> {
  const contentType = request.headers['content-type'];
  if (!contentType?.toLowerCase().startsWith(MULTIPART)) return Promise.reject(imageErrors.invalid());
  // A promise settles once: whichever of the outcomes below comes first decides.
  return new Promise((resolve, reject) => {
    let parser: ReturnType<typeof Busboy>;
    try {
      parser = Busboy({
        headers: { ...request.headers, 'content-type': contentType },
        limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 5, parts: 6 },
      });
    } catch {
      reject(imageErrors.invalid());
      return;
    }
    let file: Promise<Buffer> | undefined;
    parser.on('file', (field: string, stream: BusboyFileStream) => {
      if (field !== FIELD || file) {
        stream.resume();
        return;
      }
      file = collect(stream);
      file.catch(reject);
    });
    parser.on('error', () => reject(imageErrors.invalid()));
    parser.on('finish', () => (file ? file.then(resolve, reject) : reject(imageErrors.invalid())));
    // A client that goes away mid-upload leaves a body that will never be whole.
    request.raw.on('close', () => {
      if (!request.raw.complete) reject(imageErrors.invalid());
    });
    // The rest of an oversized body is still read (and dropped) by the parser, so the
    // client has finished sending when the refusal reaches it.
    request.raw.pipe(parser);
  });
}

function collect(stream: BusboyFileStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('limit', () => reject(imageErrors.tooLarge()));
    stream.on('error', () => reject(imageErrors.invalid()));
    stream.on('end', () =>
      stream.truncated ? reject(imageErrors.tooLarge()) : resolve(Buffer.concat(chunks)),
    );
  });
}
