import { AppException } from '../../common/errors/app.exception';

export const messagingErrors = {
  /** Missing, hidden, in a block with the caller, or suspended: all answer alike. */
  personNotFound: () => new AppException(404, 'not_found', 'There is no profile at this address.'),
  cannotContactSelf: () =>
    new AppException(400, 'cannot_contact_self', 'You cannot send a contact request to yourself.'),
  requestsPaused: () =>
    new AppException(
      409,
      'contact_requests_paused',
      'This person does not take contact requests at the moment.',
    ),
  requestPending: () =>
    new AppException(
      409,
      'contact_request_pending',
      'You already asked this person for contact; wait for their answer.',
    ),
  requestNotFound: () => new AppException(404, 'not_found', 'There is no such contact request.'),
  requestAnswered: () =>
    new AppException(409, 'contact_request_answered', 'This contact request was already answered.'),
  conversationNotFound: () => new AppException(404, 'not_found', 'There is no such conversation.'),
  conversationNotAllowed: () =>
    new AppException(
      403,
      'conversation_not_allowed',
      'A conversation starts with an accepted contact request, or between people who share an organisation.',
    ),
};
