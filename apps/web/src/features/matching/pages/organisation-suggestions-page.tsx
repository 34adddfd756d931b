import type { OrganisationSuggestionLists } from '@open-spaces/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { SkeletonList } from '../../../components/ui/skeleton';
import { errorMessage } from '../../../lib/messages';
import { useTaxonomy } from '../../../lib/taxonomy';
import { organisationSuggestionsQueryOptions } from '../api/get-organisation-suggestions';
import { PersonSuggestionList } from '../components/person-suggestion-list';
import { SuggestionCard } from '../components/suggestion-card';
import { SuggestionsStatus } from '../components/suggestions-status';
import { type SuggestionActions, useSuggestionActions } from '../components/use-suggestion-actions';
import '../components/matching.css';

/** For an organisation's owners, admins and editors: partner organisations and people, with reasons. */
export function OrganisationSuggestionsPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const suggestions = useQuery(organisationSuggestionsQueryOptions(slug));
  const actions = useSuggestionActions(slug);
  const name = suggestions.data?.organisation.name;

  if (suggestions.isPending)
    return (
      <>
        <PageHeader title={t('matching.organisationLink')} />
        <SkeletonList label={t('common.loading')} count={4} />
      </>
    );
  if (suggestions.isError)
    return (
      <>
        <PageHeader title={t('matching.organisationLink')} />
        <Alert tone="error" title={t('matching.loadFailed')}>
          <p>{errorMessage(t, suggestions.error)}</p>
          <Button variant="secondary" size="small" onClick={() => void suggestions.refetch()}>
            {t('common.tryAgain')}
          </Button>
        </Alert>
      </>
    );

  const { organisations, people } = suggestions.data;
  return (
    <>
      <PageHeader
        title={t('matching.organisationTitle', { name })}
        lead={t('matching.organisationLead', { name })}
        eyebrow={<Link to={`/organisations/${slug}`}>{t('matching.backToOrganisation', { name })}</Link>}
      />
      <SuggestionsStatus status={actions.status} />
      <section className="suggestions" aria-labelledby="partner-suggestions">
        <h2 id="partner-suggestions">{t('matching.partnersHeading')}</h2>
        {organisations.length === 0 ? (
          <EmptyState icon="organisation" title={t('matching.emptyPartners')} />
        ) : (
          <PartnerList items={organisations} seeker={name ?? slug} actions={actions} />
        )}
      </section>
      <section className="suggestions" aria-labelledby="people-suggestions">
        <h2 id="people-suggestions">{t('matching.peopleHeading')}</h2>
        {people.length === 0 ? (
          <EmptyState icon="people" title={t('matching.emptyPeople')} />
        ) : (
          <PersonSuggestionList items={people} seeker={name ?? slug} actions={actions} />
        )}
      </section>
    </>
  );
}

function PartnerList({
  items,
  seeker,
  actions,
}: {
  items: OrganisationSuggestionLists['organisations'];
  seeker: string;
  actions: SuggestionActions;
}) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  return (
    <ul className="suggestion-list">
      {items.map(({ organisation, reasons }) => (
        <li key={organisation.slug}>
          <SuggestionCard
            name={organisation.name}
            href={`/organisations/${organisation.slug}`}
            image={organisation.logo}
            square
            meta={`${t(`organisationKinds.${organisation.kind}`)} · ${name('countries', organisation.country)}`}
            reasons={reasons}
            seeker={seeker}
            busy={actions.busy}
            onFollow={() => actions.follow('organisation', organisation.slug, organisation.name)}
            onDismiss={() => actions.dismiss('organisation', organisation.slug, organisation.name)}
          />
        </li>
      ))}
    </ul>
  );
}
