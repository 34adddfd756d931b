import { AppException, commonErrors } from '../../common/errors/app.exception';

export const matchingErrors = {
  notAnEditor: () =>
    new AppException(
      403,
      'forbidden',
      'Only owners, admins and editors of the organisation see and dismiss its suggestions.',
    ),
  personNotFound: () => commonErrors.notFound('There is no profile at this address.'),
  organisationNotFound: () => commonErrors.notFound('There is no organisation at this address.'),
};
