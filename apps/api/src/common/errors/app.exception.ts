import type { ErrorCode, FieldError } from '@open-spaces/contracts';

/**
 * An error the client is meant to see: a status, a stable code and a sentence.
 * Each module declares its own in `<name>.errors.ts` as functions returning these.
 */
export class AppException extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extra: { errors?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(detail);
  }
}

export const commonErrors = {
  notFound: (detail = 'There is nothing at this address.') => new AppException(404, 'not_found', detail),
  unauthenticated: (detail = 'Sign in to continue.') => new AppException(401, 'unauthenticated', detail),
  forbidden: (detail = 'You are not allowed to do this.') => new AppException(403, 'forbidden', detail),
  unstorableText: (field: string) =>
    new AppException(400, 'validation_failed', `The request is not valid: ${field}.`, {
      errors: [
        {
          field,
          code: 'invalid_characters',
          message:
            'Contains a character that cannot be stored (a NUL character or a broken Unicode sequence).',
        },
      ],
    }),
  rateLimited: (retryAfterSeconds: number) =>
    new AppException(429, 'rate_limited', 'Too many attempts. Please wait and try again.', {
      retryAfterSeconds,
    }),
  serviceUnavailable: () =>
    new AppException(
      503,
      'service_unavailable',
      'The service is briefly unavailable. Please try again shortly.',
    ),
};
