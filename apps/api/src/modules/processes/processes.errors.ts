import { AppException } from '../../common/errors/app.exception';
import type { FieldError } from './process-phases';

export const processErrors = {
  notFound: () => new AppException(404, 'not_found', 'There is no process at this address.'),
  ideaNotFound: () => new AppException(404, 'not_found', 'There is no idea at this address.'),
  commentNotFound: () => new AppException(404, 'not_found', 'There is no comment at this address.'),
  organisationNotFound: () =>
    new AppException(404, 'not_found', 'There is no organisation at this address.', {
      errors: [
        { field: 'organisation', code: 'not_found', message: 'There is no organisation at this address.' },
      ],
    }),
  cannotOrganise: () =>
    new AppException(403, 'forbidden', 'Only the admins and owners of the organisation run its processes.'),
  notAuthor: () => new AppException(403, 'forbidden', 'Only the author may change this idea.'),
  ideaLocked: () =>
    new AppException(
      409,
      'idea_locked',
      'This idea has been supported or answered; it can no longer be changed.',
    ),
  proposingClosed: () =>
    new AppException(409, 'proposing_closed', 'No phase of this process takes ideas now.'),
  supportingClosed: () =>
    new AppException(409, 'supporting_closed', 'No phase of this process takes supports now.'),
  commentingClosed: () =>
    new AppException(409, 'commenting_closed', 'No phase of this process takes comments now.'),
  ideaLimitReached: () =>
    new AppException(409, 'idea_limit_reached', 'You have proposed as many ideas as this process allows.'),
  supportLimitReached: () =>
    new AppException(409, 'support_limit_reached', 'You have given as many supports as this process allows.'),
  replyToReply: () =>
    new AppException(400, 'validation_failed', 'Replies to replies are not possible.', {
      errors: [{ field: 'parentId', code: 'reply_to_reply', message: 'Reply to the first comment instead.' }],
    }),
  unknownAnswerState: () =>
    new AppException(400, 'validation_failed', 'This process has no such answer state.', {
      errors: [{ field: 'state', code: 'unknown_state', message: 'This process has no such answer state.' }],
    }),
  notFinished: () =>
    new AppException(
      409,
      'process_not_finished',
      'A process becomes a case once it is over: its last phase has not ended yet.',
    ),
  notAccepted: () => new AppException(409, 'idea_not_accepted', 'Follow-up updates are for accepted ideas.'),
  invalidFields: (errors: FieldError[]) =>
    new AppException(400, 'validation_failed', 'Some fields are not valid.', { errors }),
};
