import type { PetitionState } from '@open-spaces/contracts';
import { AppException } from '../../common/errors/app.exception';

const STATE_CODES = {
  draft: 'petition_not_draft',
  open: 'petition_not_open',
  closed: 'petition_not_closed',
} as const;

const STATE_MESSAGES: Record<keyof typeof STATE_CODES, string> = {
  draft: 'Only a draft petition can be changed or opened.',
  open: 'This petition is not open for signatures.',
  closed: 'A response is published once the petition is closed.',
};

export const petitionErrors = {
  notFound: () => new AppException(404, 'not_found', 'There is no petition at this address.'),
  organisationNotFound: () =>
    new AppException(404, 'not_found', 'There is no organisation at this address.', {
      errors: [
        { field: 'organisation', code: 'not_found', message: 'There is no organisation at this address.' },
      ],
    }),
  cannotStartAs: () =>
    new AppException(
      403,
      'forbidden',
      'Only editors, admins and owners start petitions as the organisation.',
      {
        errors: [
          {
            field: 'organisation',
            code: 'forbidden',
            message: 'Only editors, admins and owners start petitions as the organisation.',
          },
        ],
      },
    ),
  cannotManage: () => new AppException(403, 'forbidden', 'Only the authors of this petition may do this.'),
  /** The move needs the petition in `needed` state. */
  wrongState: (needed: PetitionState) => {
    const state = needed === 'delivered' ? 'closed' : needed;
    return new AppException(409, STATE_CODES[state], STATE_MESSAGES[state]);
  },
  notFinished: () =>
    new AppException(
      409,
      'petition_not_finished',
      'A petition becomes a case once it is closed or delivered.',
    ),
  deadlinePassed: () =>
    new AppException(409, 'deadline_passed', 'The deadline has passed: set a later one before opening.', {
      errors: [{ field: 'deadline', code: 'deadline_passed', message: 'The deadline has passed.' }],
    }),
  invalidFields: (errors: { field: string; code: string; message: string }[]) =>
    new AppException(400, 'validation_failed', 'Some fields are not valid.', { errors }),
  invalidToken: () =>
    new AppException(
      400,
      'invalid_token',
      'This confirmation link is not valid. Sign again to get a new one.',
    ),
  tokenExpired: () =>
    new AppException(
      410,
      'token_expired',
      'This confirmation link has expired. Sign again to get a new one.',
    ),
};
