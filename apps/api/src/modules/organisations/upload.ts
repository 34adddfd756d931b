import type { FastifyRequest } from 'fastify';
import { imageErrors } from '../../common/storage/images';

/** The bytes of the multipart field `file`; anything else is a 400, a file over the limit a 413. */
export async function readImageUpload(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) throw imageErrors.invalid();
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await request.file();
  } catch {
    throw imageErrors.invalid();
  }
  if (part?.fieldname !== 'file') throw imageErrors.invalid();
  try {
    return await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw imageErrors.tooLarge();
    throw imageErrors.invalid();
  }
}
