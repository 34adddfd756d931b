import { AppException } from '../../common/errors/app.exception';

export const socialErrors = {
  cannotFollowSelf: () => new AppException(400, 'cannot_follow_self', 'You cannot follow yourself.'),
  cannotBlockSelf: () => new AppException(400, 'cannot_block_self', 'You cannot block yourself.'),
  // A target the caller may not see answers exactly like one that does not exist.
  targetNotFound: () => new AppException(404, 'not_found', 'There is nothing to follow at this address.'),
  profileNotFound: () => new AppException(404, 'not_found', 'There is no profile with this handle.'),
  organisationNotFound: () =>
    new AppException(404, 'not_found', 'There is no organisation with this address.'),
};
