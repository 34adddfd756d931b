import type { ContentAuthor } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Who published it: the organisation and, where it may be shown, the person. */
export function PostByline({ author }: { author: ContentAuthor }) {
  const { t } = useTranslation();
  const organisation = author.organisation && (
    <Link to={`/organisations/${author.organisation.slug}`}>{author.organisation.name}</Link>
  );
  const person = author.person && (
    <Link to={`/people/${author.person.handle}`}>{author.person.displayName}</Link>
  );
  if (!organisation && !person) return null;
  return (
    <span>
      {t('news.by')} {organisation}
      {organisation && person && ' · '}
      {person}
    </span>
  );
}
