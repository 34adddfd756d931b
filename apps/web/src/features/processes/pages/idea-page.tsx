import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ReportButton } from '../../../components/report/report-button';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useLiveWatch } from '../../../lib/live';
import { errorMessage } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { ideaQueryOptions } from '../api/get-idea';
import { processQueryOptions } from '../api/get-process';
import { AnswerForm } from '../components/answer-form';
import { IdeaComments } from '../components/idea-comments';
import { ProposeIdeaForm } from '../components/propose-idea-form';
import { SupportButton } from '../components/support-button';
import { UpdateForm } from '../components/update-form';
import '../components/processes.css';
import { answerStateLabel } from '../components/process-format';

/** An idea: its body, supports (live), the organiser's answer, follow-ups and the comments. */
export function IdeaPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const { name } = useTaxonomy();
  const signedIn = session.status === 'signedIn';
  const [editing, setEditing] = useState(false);
  const query = useQuery({ ...ideaQueryOptions(id, signedIn), enabled: session.status !== 'loading' });
  const processId = query.data?.processId ?? '';
  const process = useQuery({ ...processQueryOptions(processId, signedIn), enabled: processId !== '' });
  useLiveWatch(processId && signedIn ? { type: 'process', id: processId } : null);

  if (query.isPending || (query.isSuccess && process.isPending))
    return <LoadingState label={t('common.loading')} />;
  if (query.isError || process.isError) {
    const error = query.error ?? process.error;
    if (isApiError(error) && error.status === 404) {
      return (
        <>
          <h1>{t('processes.idea.notFoundTitle')}</h1>
          <EmptyState icon="news" title={t('processes.idea.notFoundBody')}>
            <ButtonLink to="/processes" variant="secondary">
              {t('processes.browse')}
            </ButtonLink>
          </EmptyState>
        </>
      );
    }
    return <Alert tone="error">{errorMessage(t, error)}</Alert>;
  }

  const idea = query.data;
  const consultation = process.data;
  if (!consultation) return <LoadingState label={t('common.loading')} />;

  return (
    <article className="idea">
      <PageHeader
        eyebrow={<Link to={`/processes/${consultation.id}`}>{consultation.title}</Link>}
        title={idea.title}
        lead={
          <span className="cluster">
            <span>{idea.author ? idea.author.displayName : t('processes.someone')}</span>
            <time dateTime={idea.createdAt}>{formatDate(idea.createdAt)}</time>
            {idea.topics.map((topic) => (
              <Badge key={topic}>{name('topics', topic)}</Badge>
            ))}
            {(idea.city || idea.country) && (
              <span>
                {[idea.city, idea.country ? name('countries', idea.country) : null]
                  .filter(Boolean)
                  .join(', ')}
              </span>
            )}
          </span>
        }
      />
      {idea.moderation?.hidden && <Alert tone="warning">{t('processes.idea.hidden')}</Alert>}
      <div className="process__layout">
        <div className="stack">
          {editing && idea.canEdit ? (
            <ProposeIdeaForm
              processId={consultation.id}
              topics={consultation.topics}
              idea={idea}
              onDone={() => setEditing(false)}
            />
          ) : (
            <>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders the Markdown and sanitises it to a safe allowlist */}
              <div className="prose" dangerouslySetInnerHTML={{ __html: idea.bodyHtml }} />
              {idea.mine && idea.canEdit && (
                <div>
                  <Button variant="secondary" onClick={() => setEditing(true)}>
                    {t('processes.idea.edit')}
                  </Button>
                </div>
              )}
            </>
          )}
          {idea.answer && (
            <Card title={t('processes.answer.title')}>
              <p>
                <Badge tone="brand">{answerStateLabel(t, idea.answer.state)}</Badge>{' '}
                <time dateTime={idea.answer.publishedAt}>{formatDate(idea.answer.publishedAt)}</time>
              </p>
              {idea.answer.textHtml && (
                <div data-testid="idea-answer">
                  {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders the Markdown and sanitises it to a safe allowlist */}
                  <div className="prose" dangerouslySetInnerHTML={{ __html: idea.answer.textHtml }} />
                </div>
              )}
            </Card>
          )}
          {(idea.updates.length > 0 || (idea.canOrganise && idea.answerState === 'accepted')) && (
            <Card title={t('processes.updates.title')}>
              {idea.updates.length === 0 && <p>{t('processes.updates.empty')}</p>}
              <ol className="idea-updates">
                {idea.updates.map((update) => (
                  <li key={update.id}>
                    <time dateTime={update.createdAt}>{formatDate(update.createdAt)}</time>
                    {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders the Markdown and sanitises it to a safe allowlist */}
                    <div className="prose" dangerouslySetInnerHTML={{ __html: update.bodyHtml }} />
                  </li>
                ))}
              </ol>
              {idea.canOrganise && idea.answerState === 'accepted' && <UpdateForm ideaId={idea.id} />}
            </Card>
          )}
          <IdeaComments ideaId={idea.id} process={consultation} signedIn={signedIn} />
        </div>
        <aside className="stack">
          <Card title={t('processes.idea.supportsTitle')}>
            <p className="idea__count" aria-live="polite" data-testid="idea-supports">
              {t('processes.supports', { count: idea.supportsCount })}
            </p>
            {idea.successful && <Badge tone="success">{t('processes.successful')}</Badge>}
            {consultation.supportThreshold !== null && !idea.successful && (
              <p className="field__hint">
                {t('processes.threshold', { count: consultation.supportThreshold })}
              </p>
            )}
            <SupportButton idea={idea} process={consultation} signedIn={signedIn} />
          </Card>
          {idea.canOrganise && (
            <Card>
              <AnswerForm idea={idea} process={consultation} />
            </Card>
          )}
          <ReportButton objectType="idea" objectId={idea.id} label={t('processes.idea.report')} />
        </aside>
      </div>
    </article>
  );
}
