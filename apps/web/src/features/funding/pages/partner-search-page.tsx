import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAnswerInterest } from '../api/answer-interest';
import { fundingOrganisationsQueryOptions } from '../api/get-funding-organisations';
import { partnerSearchQueryOptions } from '../api/get-partner-search';
import { useUpdatePartnerSearch } from '../api/update-partner-search';
import { CoveragePanel } from '../components/coverage-panel';
import { InterestForm } from '../components/interest-form';
import '../components/funding.css';

/** One partner search: what the lead needs, the interest, the lead's answers and the coverage. */
export function PartnerSearchPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { name } = useTaxonomy();
  const query = useQuery(partnerSearchQueryOptions(id));
  const organisations = useInfiniteQuery(fundingOrganisationsQueryOptions());
  const answer = useAnswerInterest();
  const update = useUpdatePartnerSearch();
  useDocumentTitle(
    query.data ? t('partners.card.lead', { name: query.data.lead.name }) : t('partners.title'),
  );

  if (query.isPending) return <LoadingState label={t('common.loading')} />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return (
        <>
          <h1>{t('partners.detail.notFoundTitle')}</h1>
          <EmptyState icon="funding" title={t('partners.detail.notFoundBody')}>
            <ButtonLink to="/funding/partner-searches" variant="secondary">
              {t('partners.browse')}
            </ButtonLink>
          </EmptyState>
        </>
      );
    }
    return <Alert tone="error">{errorMessage(t, query.error)}</Alert>;
  }

  const search = query.data;
  const others = (organisations.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (organisation) => organisation.slug !== search.lead.slug,
  );
  const busy = answer.isPending || update.isPending;

  return (
    <article className="partner-search">
      <PageHeader
        eyebrow={t('partners.title')}
        title={t('partners.card.lead', { name: search.lead.name })}
        lead={
          <Link to={`/funding/${search.call.id}`}>
            {t('partners.card.call', { call: search.call.title })}
          </Link>
        }
      />
      <p className="cluster">
        <Badge tone={search.status === 'open' ? 'success' : 'neutral'}>
          {t(`partners.status.${search.status}`)}
        </Badge>
        <time dateTime={search.createdAt}>{formatDate(search.createdAt)}</time>
        {search.canManage && (
          <Button
            variant="secondary"
            size="small"
            loading={update.isPending}
            onClick={() =>
              update.mutate({ id: search.id, status: search.status === 'open' ? 'closed' : 'open' })
            }
          >
            {search.status === 'open' ? t('partners.detail.close') : t('partners.detail.reopen')}
          </Button>
        )}
      </p>
      {(answer.isError || update.isError) && (
        <Alert tone="error">{errorMessage(t, answer.error ?? update.error)}</Alert>
      )}
      <div className="profile__body">
        <Card title={t('partners.detail.needed')}>
          <ul className="partner-search__roles">
            {search.roles.map((need, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: roles have no id and two may be alike
              <li key={index}>
                <strong>{t(`partners.roles.${need.role}`)}</strong>:{' '}
                {need.competences.length > 0
                  ? need.competences.map((slug) => name('support', slug)).join(', ')
                  : t('partners.detail.anyCompetence')}
              </li>
            ))}
          </ul>
          {search.countriesWanted.length > 0 && (
            <p>
              {t('partners.detail.countriesWanted')}:{' '}
              {search.countriesWanted.map((code) => name('countries', code)).join(', ')}
            </p>
          )}
          {search.note && (
            <>
              <h3 className="eligibility__heading">{t('partners.detail.note')}</h3>
              <p className="partner-search__note">{search.note}</p>
            </>
          )}
        </Card>
        <CoveragePanel
          coverage={search.coverage}
          suggestions={search.suggestions}
          showSuggestions={search.canManage && search.status === 'open'}
        />
        <Card title={t('partners.interest.title')}>
          {search.interests.length === 0 ? (
            <p>{t('partners.interest.empty')}</p>
          ) : (
            <ul className="partner-search__interests" data-testid="interests">
              {search.interests.map((interest) => (
                <li key={interest.id} className="stack">
                  <p>
                    <Link to={`/organisations/${interest.organisation.slug}`}>
                      {interest.organisation.name}
                    </Link>{' '}
                    <Badge tone="brand">{t(`partners.roles.${interest.role}`)}</Badge>{' '}
                    <Badge tone={interest.status === 'accepted' ? 'success' : 'neutral'}>
                      {t(`partners.interestStatus.${interest.status}`)}
                    </Badge>
                  </p>
                  {interest.note && <p>{interest.note}</p>}
                  <div className="cluster">
                    {search.canManage && interest.status === 'pending' && (
                      <>
                        <Button
                          size="small"
                          disabled={busy}
                          onClick={() =>
                            answer.mutate({ searchId: search.id, interestId: interest.id, action: 'accept' })
                          }
                        >
                          {t('partners.interest.accept', { name: interest.organisation.name })}
                        </Button>
                        <Button
                          size="small"
                          variant="secondary"
                          disabled={busy}
                          onClick={() =>
                            answer.mutate({ searchId: search.id, interestId: interest.id, action: 'decline' })
                          }
                        >
                          {t('partners.interest.decline', { name: interest.organisation.name })}
                        </Button>
                      </>
                    )}
                    {interest.canWithdraw && (
                      <Button
                        size="small"
                        variant="secondary"
                        disabled={busy}
                        onClick={() =>
                          answer.mutate({ searchId: search.id, interestId: interest.id, action: 'withdraw' })
                        }
                      >
                        {t('partners.interest.withdraw', { name: interest.organisation.name })}
                      </Button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
          {search.status === 'closed' ? (
            <p>{t('partners.detail.closed')}</p>
          ) : others.length > 0 ? (
            <InterestForm searchId={search.id} organisations={others} />
          ) : (
            organisations.isSuccess && <p>{t('partners.interest.noOrganisation')}</p>
          )}
        </Card>
      </div>
    </article>
  );
}
