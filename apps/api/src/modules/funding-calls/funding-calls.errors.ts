import type { FieldError } from '@open-spaces/contracts';
import { AppException } from '../../common/errors/app.exception';

export const fundingCallErrors = {
  notFound: () => new AppException(404, 'not_found', 'There is no funding call at this address.'),
  cannotPublish: () =>
    new AppException(
      403,
      'forbidden',
      'Only owners, admins and editors of an organisation publish its calls.',
    ),
  cannotEdit: () =>
    new AppException(403, 'forbidden', "Only the funder's owners, admins and editors change this call."),
  cannotSaveForOrganisation: () =>
    new AppException(403, 'forbidden', 'Only owners, admins and editors save calls for their organisation.'),
  notManager: () =>
    new AppException(
      403,
      'forbidden',
      'Only owners, admins and editors see the calls their organisation can apply for.',
    ),
  notMember: () =>
    new AppException(403, 'forbidden', "Only an organisation's members see the calls it saved."),
  invalidFields: (errors: FieldError[]) =>
    new AppException(400, 'validation_failed', `The request is not valid: ${errors[0]?.field}.`, { errors }),
};
