import { AppException } from '../../common/errors/app.exception';

export const notificationErrors = {
  notFound: () => new AppException(404, 'not_found', 'There is no such notification.'),
  unsubscribeTokenInvalid: () =>
    new AppException(
      400,
      'unsubscribe_token_invalid',
      'This unsubscribe link is not valid. Change which mails you get in your notification settings.',
    ),
};
