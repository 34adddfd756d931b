import { SetMetadata } from '@nestjs/common';

export const REQUIRES_VERIFIED_EMAIL = 'openSpaces:requiresVerifiedEmail';

/**
 * For routes that publish or contact someone: an account that has not confirmed its
 * email address may sign in and edit its own profile, but not do these.
 */
export const RequireVerifiedEmail = () => SetMetadata(REQUIRES_VERIFIED_EMAIL, true);
