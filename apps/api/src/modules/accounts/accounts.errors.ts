import { AppException } from '../../common/errors/app.exception';

export const accountErrors = {
  passwordTooCommon: (field: string) =>
    new AppException(
      400,
      'password_too_common',
      'This password is too common. Choose one that is harder to guess.',
      {
        errors: [
          {
            field,
            code: 'password_too_common',
            message: 'This password is too common. Choose one that is harder to guess.',
          },
        ],
      },
    ),
  invalidToken: () => new AppException(400, 'invalid_token', 'This link is not valid. Ask for a new one.'),
  tokenExpired: () => new AppException(410, 'token_expired', 'This link has expired. Ask for a new one.'),
  wrongPassword: () =>
    new AppException(400, 'wrong_password', 'The current password is not correct.', {
      errors: [
        { field: 'currentPassword', code: 'wrong_password', message: 'The current password is not correct.' },
      ],
    }),
  samePassword: () =>
    new AppException(400, 'validation_failed', 'The new password is the current one.', {
      errors: [
        {
          field: 'newPassword',
          code: 'same_password',
          message: 'Choose a password that is different from your current one.',
        },
      ],
    }),
  emailNotVerified: () =>
    new AppException(403, 'email_not_verified', 'Confirm your email address first; we sent you a link.'),
};
