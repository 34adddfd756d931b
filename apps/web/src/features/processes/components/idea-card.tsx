import type { IdeaSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { formatDate } from '../../../lib/format';
import { answerStateLabel } from './process-format';

/** An idea in a process's list: title, author, supports (kept live) and answer state. */
export function IdeaCard({ idea }: { idea: IdeaSummary }) {
  const { t } = useTranslation();
  return (
    <article className="directory-card idea-card">
      <div className="directory-card__body">
        <h3 className="directory-card__title">
          <Link to={`/ideas/${idea.id}`} className="directory-card__link">
            {idea.title}
          </Link>
        </h3>
        <p className="directory-card__meta">
          <span data-testid="idea-supports">{t('processes.supports', { count: idea.supportsCount })}</span>
          {idea.successful && (
            <>
              {' '}
              <Badge tone="success">{t('processes.successful')}</Badge>
            </>
          )}
          {idea.answerState && (
            <>
              {' '}
              <Badge tone="brand">{answerStateLabel(t, idea.answerState)}</Badge>
            </>
          )}
        </p>
        <p className="directory-card__meta">
          {idea.author ? idea.author.displayName : t('processes.someone')} ·{' '}
          <time dateTime={idea.createdAt}>{formatDate(idea.createdAt)}</time>
        </p>
      </div>
    </article>
  );
}
