import { AppException } from '../../common/errors/app.exception';

export const postErrors = {
  notFound: () => new AppException(404, 'not_found', 'There is no post at this address.'),
  feedNotFound: () => new AppException(404, 'not_found', 'There is no public feed at this address.'),
  commentNotFound: () => new AppException(404, 'not_found', 'There is no such comment.'),
  forbidden: (detail: string) => new AppException(403, 'forbidden', detail),
  slugTaken: () =>
    new AppException(409, 'slug_taken', 'Another post already uses this address.', {
      errors: [{ field: 'slug', code: 'slug_taken', message: 'Another post already uses this address.' }],
    }),
  notPublished: () =>
    new AppException(409, 'post_not_published', 'Only published posts take comments and reactions.'),
  replyTooDeep: () =>
    new AppException(400, 'reply_too_deep', 'Replies go to a comment, not to another reply.', {
      errors: [
        {
          field: 'parentId',
          code: 'reply_too_deep',
          message: 'Replies go to a comment, not to another reply.',
        },
      ],
    }),
  parentNotFound: () =>
    new AppException(400, 'validation_failed', 'The comment replied to is not on this post.', {
      errors: [
        { field: 'parentId', code: 'not_found', message: 'The comment replied to is not on this post.' },
      ],
    }),
  notEditorOf: () =>
    new AppException(403, 'forbidden', 'Only editors and above publish as this organisation.', {
      errors: [
        {
          field: 'organisation',
          code: 'forbidden',
          message: 'Only editors and above publish as this organisation.',
        },
      ],
    }),
  audienceNeedsOrganisation: () =>
    new AppException(
      400,
      'validation_failed',
      'Only posts published as an organisation are for its members.',
      {
        errors: [
          {
            field: 'audience',
            code: 'invalid_value',
            message: 'Only posts published as an organisation are for its members.',
          },
        ],
      },
    ),
};
