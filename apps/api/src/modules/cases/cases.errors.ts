import { AppException } from '../../common/errors/app.exception';

export const caseErrors = {
  notFound: () => new AppException(404, 'case_not_found', 'There is no case at this address.'),
  notEditable: () =>
    new AppException(
      409,
      'case_not_editable',
      'Only its submitter edits a case, and only while it is submitted or returned.',
    ),
  notSubmitter: () => new AppException(403, 'forbidden', 'Only the person who submitted this case edits it.'),
  moderatorsOnly: () =>
    new AppException(403, 'forbidden', 'Only site moderators and admins review submitted cases.'),
  ownCase: () =>
    new AppException(409, 'cannot_moderate_self', 'Another moderator reviews the cases you submitted.'),
  alreadyReviewed: () =>
    new AppException(409, 'case_already_reviewed', 'This case is not waiting for review any more.'),
  sourceTaken: () =>
    new AppException(409, 'case_source_taken', 'A case was already written from this process or petition.'),
  unknownOrganisations: (fields: string[]) =>
    new AppException(400, 'validation_failed', 'Some organisations are not on Open Spaces.', {
      errors: fields.map((field) => ({
        field,
        code: 'unknown_organisation',
        message: 'There is no organisation with this address that you may see.',
      })),
    }),
};
