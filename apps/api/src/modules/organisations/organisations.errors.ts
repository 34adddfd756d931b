import { AppException } from '../../common/errors/app.exception';

export const organisationErrors = {
  notFound: () => new AppException(404, 'not_found', 'There is no organisation at this address.'),
  slugTaken: () =>
    new AppException(409, 'slug_taken', 'Another organisation already uses this address.', {
      errors: [
        { field: 'slug', code: 'slug_taken', message: 'Another organisation already uses this address.' },
      ],
    }),
  forbidden: (detail: string) => new AppException(403, 'forbidden', detail),
  cannotManageMembers: () => new AppException(403, 'forbidden', 'Only owners and admins manage members.'),
  membersHidden: () =>
    new AppException(403, 'forbidden', 'This organisation shows its member list only to its members.'),
  lastOwner: () =>
    new AppException(
      409,
      'last_owner',
      'An organisation needs at least one owner. Make someone else an owner first.',
    ),
  memberNotFound: () =>
    new AppException(404, 'member_not_found', 'This person is not a member of the organisation.'),
  alreadyMember: () =>
    new AppException(409, 'already_member', 'This person is already a member of the organisation.'),
  alreadyInvited: () =>
    new AppException(409, 'already_invited', 'This person already has a pending invitation.'),
  invitationNotFound: () =>
    new AppException(404, 'invitation_not_found', 'There is no pending invitation with this id for you.'),
  inviteeNotFound: () =>
    new AppException(404, 'not_found', 'No one has this handle.', {
      errors: [{ field: 'handle', code: 'not_found', message: 'No one has this handle.' }],
    }),
};
