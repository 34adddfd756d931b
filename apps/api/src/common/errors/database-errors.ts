const unavailableSqlStates = new Set(['57P01', '57P02', '57P03', '53300', '55000', '3D000']);
const unavailableNodeCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
const unavailableMessages = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection ended unexpectedly',
  'Cannot use a pool after calling end',
];

/** Whether an error means "the database cannot be reached now", which is a 503, not a 500. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    if (typeof current !== 'object') return false;
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      if (code.startsWith('08') || unavailableSqlStates.has(code) || unavailableNodeCodes.has(code))
        return true;
    }
    if (typeof message === 'string' && unavailableMessages.some((text) => message.includes(text)))
      return true;
    current =
      (current as { driverError?: unknown; cause?: unknown }).driverError ??
      (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Postgres unique violation on a given constraint or index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? error;
  const { code, constraint: name } = driver as { code?: string; constraint?: string };
  return code === '23505' && name === constraint;
}
