import type { Case, CaseParty } from '@open-spaces/contracts';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ReportButton } from '../../../components/report/report-button';
import { Alert } from '../../../components/ui/alert';
import { ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { caseQueryOptions } from '../api/get-case';
import { CaseBadges } from '../components/case-badges';
import { casePeriod } from '../components/case-period';
import { ReviewPanel } from '../components/review-panel';
import { SimilarCases } from '../components/similar-cases';
import '../components/cases.css';

/** `/cases/:id`: everything about a case, who ran and funded it, and similar cases. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const query = useQuery({ ...caseQueryOptions(id, signedIn), enabled: session.status !== 'loading' });
  useDocumentTitle(query.data?.title ?? t('cases.title'));

  if (query.isPending) return <LoadingState label={t('common.loading')} />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return (
        <>
          <h1>{t('cases.notFoundTitle')}</h1>
          <EmptyState icon="case" title={t('cases.notFoundBody')}>
            <ButtonLink to="/cases" variant="secondary">
              {t('cases.backToCases')}
            </ButtonLink>
          </EmptyState>
        </>
      );
    }
    return <Alert tone="error">{errorMessage(t, query.error)}</Alert>;
  }
  return <CaseView item={query.data} signedIn={signedIn} />;
}

function CaseView({ item, signedIn }: { item: Case; signedIn: boolean }) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  const where = [item.place, name('countries', item.country)].filter(Boolean).join(', ');
  return (
    <article className="profile">
      {item.moderation.hidden && (
        <Alert tone="warning" className="profile__notice">
          {t('moderation.hiddenNotice', { reason: item.moderation.reason ?? '' })}
        </Alert>
      )}
      {item.status !== 'published' && (
        <Alert tone={item.status === 'returned' ? 'warning' : 'info'} className="profile__notice">
          {t(`cases.statusNotice.${item.status}`)}
          {item.reviewNote && item.status === 'returned' && (
            <> {t('cases.reviewNote', { note: item.reviewNote })}</>
          )}
        </Alert>
      )}
      <header className="profile__header">
        <div className="profile__intro">
          <h1 className="profile__name">{item.title}</h1>
          <p className="profile__headline">{item.summary}</p>
          <CaseBadges item={item} />
          <p className="muted">
            {where} · {t(`cases.scopes.${item.scope}`)} · {casePeriod(t, item)}
          </p>
          <div className="cluster">
            {item.canEdit && (
              <ButtonLink to={`/cases/${item.id}/edit`} variant="secondary">
                {t('cases.edit')}
              </ButtonLink>
            )}
            {item.status === 'published' && (
              <ReportButton objectType="case" objectId={item.id} label={t('cases.report')} />
            )}
          </div>
        </div>
      </header>
      <div className="profile__body">
        {item.canReview && <ReviewPanel item={item} />}
        {item.descriptionHtml && (
          <Card title={t('cases.description')}>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders the Markdown and sanitises it to a safe allowlist */}
            <div className="prose" dangerouslySetInnerHTML={{ __html: item.descriptionHtml }} />
          </Card>
        )}
        <Card title={t('cases.facts')}>
          <dl className="summary-list case-facts">
            <Fact label={t('cases.purpose')}>{item.purpose || t('cases.notStated')}</Fact>
            <Fact label={t('cases.method')}>
              {item.methods.map((method) => t(`cases.methods.${method}`)).join(', ')}
            </Fact>
            <Fact label={t('cases.iap2Level')}>
              {t(`cases.iap2Levels.${item.iap2Level}`)} — {t(`cases.iap2Descriptions.${item.iap2Level}`)}
            </Fact>
            <Fact label={t('cases.format')}>{t(`cases.formats.${item.format}`)}</Fact>
            <Fact label={t('cases.participants')}>
              {item.participantCount === null
                ? t('cases.notStated')
                : new Intl.NumberFormat().format(item.participantCount)}
            </Fact>
            <Fact label={t('cases.recruitment')}>{item.recruitment || t('cases.notStated')}</Fact>
            <Fact label={t('cases.topic')}>
              {item.topics.length > 0
                ? item.topics.map((topic) => name('topics', topic)).join(', ')
                : t('cases.notStated')}
            </Fact>
            <Fact label={t('filters.language')}>{name('languages', item.language)}</Fact>
            {item.submittedBy && (
              <Fact label={t('cases.submittedBy')}>
                <Link to={`/people/${item.submittedBy.handle}`}>{item.submittedBy.displayName}</Link>
              </Fact>
            )}
          </dl>
        </Card>
        <Card title={t('cases.parties')}>
          <h3>{t('cases.organisers')}</h3>
          <Parties parties={item.organisers} empty={t('cases.notStated')} />
          <h3>{t('cases.funders')}</h3>
          <Parties parties={item.funders} empty={t('cases.notStated')} />
        </Card>
        <Card title={t('cases.results')}>
          <h3>{t('cases.outcomes')}</h3>
          <p className="case-text">{item.outcomes || t('cases.notStated')}</p>
          <h3>{t('cases.impact')}</h3>
          <p className="case-text">{item.impact || t('cases.notStated')}</p>
          {item.links.length > 0 && (
            <>
              <h3>{t('cases.links')}</h3>
              <ul>
                {item.links.map((link) => (
                  <li key={link.url}>
                    <a href={link.url} rel="noopener noreferrer nofollow" target="_blank">
                      {link.label || link.url.replace(/^https?:\/\//, '')}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
        {item.status === 'published' && <SimilarCases id={item.id} signedIn={signedIn} />}
      </div>
    </article>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Parties({ parties, empty }: { parties: CaseParty[]; empty: string }) {
  if (parties.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="case-parties">
      {parties.map((party, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a case may name the same organisation twice; the order is the key
        <li key={index}>
          {party.organisation ? (
            <Link to={`/organisations/${party.organisation.slug}`}>{party.organisation.name}</Link>
          ) : (
            party.name
          )}
        </li>
      ))}
    </ul>
  );
}
