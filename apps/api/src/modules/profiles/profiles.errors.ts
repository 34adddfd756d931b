import { AppException, commonErrors } from '../../common/errors/app.exception';

export const profileErrors = {
  handleTaken: () =>
    new AppException(409, 'handle_taken', 'This handle is not available. Choose another one.', {
      errors: [{ field: 'handle', code: 'handle_taken', message: 'This handle is not available.' }],
    }),
  /** The same answer for a missing profile and one the viewer may not see. */
  notFound: () => commonErrors.notFound('There is no profile at this address.'),
};
