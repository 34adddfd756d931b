import { API_VERSION } from '../../common/version';

/** The API's answer to GET /api/health, which every health baseline gives. */
export const healthAnswer = { status: 'ok', version: API_VERSION } as const;
