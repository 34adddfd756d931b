import { AppException } from '../../common/errors/app.exception';

export const toolErrors = {
  notFound: () => new AppException(404, 'tool_not_found', 'There is no tool at this address.'),
  slugTaken: () =>
    new AppException(409, 'slug_taken', 'Another tool already uses this address.', {
      errors: [{ field: 'slug', code: 'slug_taken', message: 'Another tool already uses this address.' }],
    }),
  moderatorsOnly: () =>
    new AppException(403, 'forbidden', 'Only site moderators and admins review proposed tools.'),
  notAnEditor: () =>
    new AppException(
      403,
      'forbidden',
      'Only owners, admins and editors of the organisation say that it uses a tool.',
    ),
  notListed: () =>
    new AppException(403, 'forbidden', 'Organisations can only say they use a tool once it is approved.'),
  usageNotFound: () =>
    new AppException(404, 'not_found', 'This organisation has not said that it uses this tool.'),
};
