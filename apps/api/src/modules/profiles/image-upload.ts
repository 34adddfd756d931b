import type { FastifyRequest } from 'fastify';
import { imageErrors } from '../../common/storage/images';

/**
 * Reads the one file of a multipart upload into memory. The multipart limit stops reading
 * at 5 MB, so an oversized upload is refused without ever being held whole.
 */
export async function readImageUpload(request: FastifyRequest, field = 'file'): Promise<Buffer> {
  if (!request.isMultipart()) throw imageErrors.invalid();
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await request.file();
  } catch (error) {
    throw isTooLarge(error) ? imageErrors.tooLarge() : imageErrors.invalid();
  }
  if (!part) throw imageErrors.invalid();
  if (part.fieldname !== field) {
    part.file.resume();
    throw imageErrors.invalid();
  }
  let data: Buffer;
  try {
    data = await part.toBuffer();
  } catch (error) {
    throw isTooLarge(error) ? imageErrors.tooLarge() : imageErrors.invalid();
  }
  if (part.file.truncated) throw imageErrors.tooLarge();
  return data;
}

function isTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_REQ_FILE_TOO_LARGE_ERROR';
}
