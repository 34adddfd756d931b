import { randomBytes } from 'node:crypto';
import type { ImageUrls } from '@open-spaces/contracts';
import sharp from 'sharp';
import { AppException } from '../errors/app.exception';
import type { FileStorage } from './storage';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const ACCEPTED = new Set(['png', 'jpeg', 'webp']);
const SIZES = { small: 96, large: 400 } as const;

export const imageErrors = {
  invalid: () =>
    new AppException(400, 'image_invalid', 'Upload a PNG, JPEG or WebP image.', {
      errors: [{ field: 'file', code: 'image_invalid', message: 'Upload a PNG, JPEG or WebP image.' }],
    }),
  tooLarge: () =>
    new AppException(413, 'image_too_large', 'The image is larger than 5 MB.', {
      errors: [{ field: 'file', code: 'image_too_large', message: 'The image is larger than 5 MB.' }],
    }),
};

/**
 * Checks an upload by its content (not its name), re-encodes it to square WebP images
 * of the sizes the client shows, and stores them. Metadata (EXIF, location) is dropped.
 * Returns the key prefix to keep on the row; the caller removes the previous one.
 */
export async function storeSquareImage(storage: FileStorage, folder: string, data: Buffer): Promise<string> {
  if (data.length > MAX_IMAGE_BYTES) throw imageErrors.tooLarge();
  let format: string | undefined;
  try {
    format = (await sharp(data).metadata()).format;
  } catch {
    throw imageErrors.invalid();
  }
  if (!format || !ACCEPTED.has(format)) throw imageErrors.invalid();
  const prefix = `${folder}/${randomBytes(12).toString('base64url')}`;
  for (const [name, size] of Object.entries(SIZES)) {
    let encoded: Buffer;
    try {
      encoded = await sharp(data, { limitInputPixels: 40_000_000 })
        .rotate()
        .resize(size, size, { fit: 'cover' })
        .webp({ quality: 82 })
        .toBuffer();
    } catch {
      throw imageErrors.invalid();
    }
    await storage.put(`${prefix}-${name}.webp`, encoded);
  }
  return prefix;
}

export function imageUrls(storage: FileStorage, prefix: string | null): ImageUrls | null {
  if (!prefix) return null;
  return { small: storage.urlOf(`${prefix}-small.webp`), large: storage.urlOf(`${prefix}-large.webp`) };
}

export function imageKeys(prefix: string | null): string[] {
  return prefix ? Object.keys(SIZES).map((name) => `${prefix}-${name}.webp`) : [];
}
