import { AppException } from '../../common/errors/app.exception';

export const eventErrors = {
  notFound: () => new AppException(404, 'not_found', 'There is no event at this address.'),
  organisationNotFound: () =>
    new AppException(404, 'not_found', 'There is no organisation at this address.', {
      errors: [
        { field: 'organisation', code: 'not_found', message: 'There is no organisation at this address.' },
      ],
    }),
  cannotPublishAs: () =>
    new AppException(
      403,
      'forbidden',
      'Only editors, admins and owners publish events as the organisation.',
      {
        errors: [
          {
            field: 'organisation',
            code: 'forbidden',
            message: 'Only editors, admins and owners publish events as the organisation.',
          },
        ],
      },
    ),
  cannotManage: () => new AppException(403, 'forbidden', 'Only the organisers of this event may do this.'),
  cancelled: () => new AppException(409, 'event_cancelled', 'This event was cancelled.'),
  ended: () => new AppException(409, 'event_ended', 'This event has already started or ended.'),
  registrationClosed: () =>
    new AppException(409, 'registration_closed', 'Registration for this event has closed.'),
  invalidFields: (errors: { field: string; code: string; message: string }[]) =>
    new AppException(400, 'validation_failed', 'Some fields are not valid.', { errors }),
};
