import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The API's version, from its own package.json: the same however the process was started
 * (`npm start` at the root, `node dist/main.js` under systemd, the tests).
 */
export const API_VERSION: string = (
  JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string }
).version;
