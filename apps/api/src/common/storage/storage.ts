import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

/** Where uploaded files live: a local folder now, object storage later, behind one interface. */
export interface FileStorage {
  put(key: string, data: Buffer): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** The public path a browser loads the file from. */
  urlOf(key: string): string;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');
export const MEDIA_PREFIX = '/media/';

/** Files under `<DATA_DIR>/media`, served by the API at /media/ with long cache headers. */
export class LocalFileStorage implements FileStorage {
  constructor(readonly root: string) {}

  async put(key: string, data: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  }

  async remove(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.pathOf(key), { force: true })));
  }

  urlOf(key: string): string {
    return `${MEDIA_PREFIX}${key}`;
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(`${resolve(this.root)}${sep}`))
      throw new Error(`storage key escapes the root: ${key}`);
    return path;
  }
}

export function mediaRoot(dataDir: string): string {
  return join(dataDir, 'media');
}
