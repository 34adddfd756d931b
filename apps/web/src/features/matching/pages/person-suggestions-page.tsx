import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonLink } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';
import { SkeletonList } from '../../../components/ui/skeleton';
import { errorMessage } from '../../../lib/messages';
import { personSuggestionsQueryOptions } from '../api/get-person-suggestions';
import { PersonSuggestionList } from '../components/person-suggestion-list';
import { SuggestionsStatus } from '../components/suggestions-status';
import { useSuggestionActions } from '../components/use-suggestion-actions';
import '../components/matching.css';

/** People the signed-in person could work with, each with its reasons, follow and "not relevant". */
export function PersonSuggestionsPage() {
  const { t } = useTranslation();
  const suggestions = useQuery(personSuggestionsQueryOptions());
  const actions = useSuggestionActions(null);
  return (
    <>
      <PageHeader title={t('matching.title')} lead={t('matching.lead')} />
      <section className="suggestions" aria-labelledby="person-suggestions">
        <h2 id="person-suggestions" className="visually-hidden">
          {t('directory.results')}
        </h2>
        <SuggestionsStatus status={actions.status} />
        {suggestions.isPending && <SkeletonList label={t('common.loading')} count={4} />}
        {suggestions.isError && (
          <Alert tone="error" title={t('matching.loadFailed')}>
            <p>{errorMessage(t, suggestions.error)}</p>
            <Button variant="secondary" size="small" onClick={() => void suggestions.refetch()}>
              {t('common.tryAgain')}
            </Button>
          </Alert>
        )}
        {suggestions.isSuccess && suggestions.data.items.length === 0 && (
          <EmptyState icon="people" title={t('matching.empty')}>
            <ButtonLink to="/settings/profile" variant="secondary">
              {t('matching.emptyAction')}
            </ButtonLink>
          </EmptyState>
        )}
        {suggestions.isSuccess && suggestions.data.items.length > 0 && (
          <PersonSuggestionList items={suggestions.data.items} seeker={null} actions={actions} />
        )}
      </section>
    </>
  );
}
