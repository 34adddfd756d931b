import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ReportButton } from '../../../components/report/report-button';
import { Alert } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { ButtonLink, buttonClass } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ChipList } from '../../../components/ui/chip-picker';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { fundingCallQueryOptions } from '../api/get-funding-call';
import { fundingOrganisationsQueryOptions } from '../api/get-funding-organisations';
import { DeadlineCountdown } from '../components/deadline-countdown';
import { FundingCallBadges } from '../components/funding-call-badges';
import { formatInZone, formatMoney } from '../components/funding-format';
import { PartnerSearchesSection, requiresPartners } from '../components/partner-searches-section';
import { SaveControls } from '../components/save-controls';
import '../components/funding.css';

const GROUPS = new Set(['EU27', 'EEA', 'EU_CANDIDATES', 'COUNCIL_OF_EUROPE']);

export function FundingCallPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const { name } = useTaxonomy();
  const query = useQuery({ ...fundingCallQueryOptions(id, signedIn), enabled: session.status !== 'loading' });
  const organisations = useInfiniteQuery({ ...fundingOrganisationsQueryOptions(), enabled: signedIn });
  useDocumentTitle(query.data?.title ?? t('funding.title'));

  if (query.isPending) return <LoadingState label={t('common.loading')} />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return (
        <>
          <h1>{t('funding.call.notFoundTitle')}</h1>
          <EmptyState icon="funding" title={t('funding.call.notFoundBody')}>
            <ButtonLink to="/funding" variant="secondary">
              {t('funding.call.back')}
            </ButtonLink>
          </EmptyState>
        </>
      );
    }
    return <Alert tone="error">{errorMessage(t, query.error)}</Alert>;
  }

  const call = query.data;
  const money = (amount: number) => formatMoney(amount, call.currency);
  const countries = call.eligibleCountries.map((code) => ({
    key: code,
    label: GROUPS.has(code) ? t(`funding.groups.${code}`) : name('countries', code),
  }));
  const facts: { term: string; value: string }[] = [
    call.programme ? { term: t('funding.call.programme'), value: call.programme } : null,
    call.totalBudget !== null
      ? { term: t('funding.call.totalBudget'), value: money(call.totalBudget) }
      : null,
    call.minGrant !== null || call.maxGrant !== null
      ? {
          term: t('funding.call.grantRange'),
          value: [
            call.minGrant !== null ? t('funding.call.minimum', { amount: money(call.minGrant) }) : null,
            call.maxGrant !== null ? t('funding.call.maximum', { amount: money(call.maxGrant) }) : null,
          ]
            .filter(Boolean)
            .join(', '),
        }
      : null,
    call.expectedGrants !== null
      ? { term: t('funding.call.expectedGrants'), value: String(call.expectedGrants) }
      : null,
    call.coFundingRate !== null
      ? {
          term: t('funding.call.coFunding'),
          value: t('funding.call.coFundingRate', { rate: call.coFundingRate }),
        }
      : null,
    call.minPartners !== null
      ? {
          term: t('funding.call.consortium'),
          value: t('funding.call.minPartners', { count: call.minPartners }),
        }
      : null,
    call.minCountries !== null
      ? {
          term: t('funding.call.consortium'),
          value: t('funding.call.minCountries', { count: call.minCountries }),
        }
      : null,
    call.contact ? { term: t('funding.call.contact'), value: call.contact } : null,
  ].filter((fact): fact is { term: string; value: string } => fact !== null);

  return (
    <article className="profile funding-call">
      {call.moderation?.hidden && (
        <Alert tone="warning">
          {call.moderation.reason
            ? t('funding.card.hidden', { reason: call.moderation.reason })
            : t('funding.card.hiddenNoReason')}
        </Alert>
      )}
      <header className="profile__header">
        {call.funder.organisation && (
          <Avatar
            name={call.funder.organisation.name}
            image={call.funder.organisation.logo}
            size="large"
            square
          />
        )}
        <div className="profile__intro">
          <h1 className="profile__name">{call.title}</h1>
          <div className="cluster profile__facts">
            <FundingCallBadges call={call} />
            {call.funder.organisation && (
              <Link to={`/organisations/${call.funder.organisation.slug}`}>
                {call.funder.organisation.name}
              </Link>
            )}
            <span>{t('funding.call.published', { date: formatDate(call.publishedAt) })}</span>
          </div>
          <p>{call.summary}</p>
          <div className="cluster">
            <a className={buttonClass({})} href={call.applyUrl} rel="noopener noreferrer" target="_blank">
              {t('funding.call.apply')}
            </a>
            {call.canEdit ? (
              <ButtonLink to={`/funding/${call.id}/edit`} variant="secondary">
                {t('funding.call.edit')}
              </ButtonLink>
            ) : (
              <ReportButton
                objectType="funding_call"
                objectId={call.id}
                label={t('moderation.report.fundingCall')}
              />
            )}
          </div>
          {call.saveCount !== null && (
            <p className="funding-call__saves">{t('funding.call.savedCount', { count: call.saveCount })}</p>
          )}
        </div>
      </header>
      <div className="profile__body">
        <Card title={t('funding.call.deadlines')}>
          <p>{t(`funding.deadlineModels.${call.deadlineModel}`)}</p>
          {call.opening && (
            <p>
              {t('funding.call.opening')}: {formatInZone(call.opening.at, call.opening.timeZone)}
            </p>
          )}
          {call.deadlines.length > 0 && (
            <ul className="funding-deadlines">
              {call.deadlines.map((deadline) => (
                <li key={`${deadline.label}-${deadline.at}`}>
                  <strong>{deadline.label}</strong>{' '}
                  {new Date(deadline.at).getTime() > Date.now() ? (
                    <DeadlineCountdown deadline={deadline} />
                  ) : (
                    <time dateTime={deadline.at}>{formatInZone(deadline.at, deadline.timeZone)}</time>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t('funding.call.eligibility')}>
          <h3 className="eligibility__heading">{t('funding.call.countries')}</h3>
          {countries.length > 0 ? (
            <ChipList items={countries} label={t('funding.call.countries')} />
          ) : (
            <p>{t('funding.call.anyCountry')}</p>
          )}
          <h3 className="eligibility__heading">{t('funding.call.kinds')}</h3>
          {call.eligibleKinds.length > 0 ? (
            <ChipList
              items={call.eligibleKinds.map((kind) => ({ key: kind, label: t(`organisationKinds.${kind}`) }))}
              label={t('funding.call.kinds')}
            />
          ) : (
            <p>{t('funding.call.anyKind')}</p>
          )}
          {call.topics.length > 0 && (
            <>
              <h3 className="eligibility__heading">{t('funding.call.topics')}</h3>
              <ChipList
                items={call.topics.map((topic) => ({ key: topic, label: name('topics', topic) }))}
                label={t('funding.call.topics')}
              />
            </>
          )}
          {call.languages.length > 0 && (
            <>
              <h3 className="eligibility__heading">{t('funding.call.languages')}</h3>
              <ChipList
                items={call.languages.map((language) => ({
                  key: language,
                  label: name('languages', language),
                }))}
                label={t('funding.call.languages')}
              />
            </>
          )}
        </Card>
        {facts.length > 0 && (
          <Card title={t('funding.call.facts')}>
            <dl className="funding-facts">
              {facts.map((fact) => (
                <div key={`${fact.term}-${fact.value}`}>
                  <dt>{fact.term}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
          </Card>
        )}
        {call.descriptionHtml && (
          <Card title={t('funding.call.about')}>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders the Markdown and sanitises it to a safe allowlist */}
            <div className="prose" dangerouslySetInnerHTML={{ __html: call.descriptionHtml }} />
          </Card>
        )}
        {signedIn ? (
          call.status !== 'closed' && (
            <SaveControls
              call={call}
              organisations={organisations.data?.pages.flatMap((page) => page.items) ?? []}
            />
          )
        ) : (
          <p>
            <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
              {t('funding.save.signIn')}
            </Link>
          </p>
        )}
        {requiresPartners(call) &&
          (signedIn ? (
            <PartnerSearchesSection call={call} />
          ) : (
            <p>
              <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
                {t('partners.section.signIn')}
              </Link>
            </p>
          ))}
      </div>
    </article>
  );
}
