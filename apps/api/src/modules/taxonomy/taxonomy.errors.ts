import type { FieldError } from '@open-spaces/contracts';
import { AppException } from '../../common/errors/app.exception';

export const taxonomyErrors = {
  topicExists: (slug: string) =>
    new AppException(409, 'topic_exists', `A topic with the slug "${slug}" exists already.`, {
      errors: [{ field: 'slug', code: 'topic_exists', message: 'This slug is in use.' }],
    }),
  topicNotFound: (slug: string) => new AppException(404, 'not_found', `There is no topic "${slug}".`),
  unknownValues: (errors: FieldError[]) =>
    new AppException(
      400,
      'unknown_taxonomy_value',
      `Not in the list of choices: ${errors.map((error) => error.field).join(', ')}.`,
      { errors },
    ),
};
