import { AppException } from '../../common/errors/app.exception';

export const authErrors = {
  invalidCredentials: () =>
    new AppException(401, 'invalid_credentials', 'The email address or password is not correct.'),
  noSession: () => new AppException(401, 'unauthenticated', 'Your session has ended. Please sign in again.'),
  refreshTokenReused: () =>
    new AppException(
      401,
      'refresh_token_reused',
      'This sign-in was used from two places, so it has been ended everywhere. Please sign in again.',
    ),
  suspended: () =>
    new AppException(
      403,
      'account_suspended',
      'This account is suspended by the moderators. Write to the site team if you think this is a mistake.',
    ),
  sessionNotFound: () => new AppException(404, 'session_not_found', 'There is no such session.'),
};
