import { AppException } from '../../common/errors/app.exception';

export const moderationErrors = {
  moderatorsOnly: () => new AppException(403, 'forbidden', 'Only site moderators and admins handle reports.'),
  adminsOnly: () => new AppException(403, 'forbidden', 'Only site admins suspend moderators and admins.'),
  objectNotFound: () =>
    new AppException(404, 'not_found', 'There is nothing to report at this address.', {
      errors: [{ field: 'objectId', code: 'not_found', message: 'There is no such object.' }],
    }),
  alreadyReported: () =>
    new AppException(409, 'already_reported', 'You have already reported this; a moderator will look at it.'),
  accountNotFound: () => new AppException(404, 'not_found', 'There is no such account.'),
  cannotModerateSelf: () =>
    new AppException(409, 'cannot_moderate_self', 'You cannot suspend your own account.'),
  noOpenReports: () => new AppException(404, 'not_found', 'There are no open reports about this.'),
};
