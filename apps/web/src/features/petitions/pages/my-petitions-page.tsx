import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { myPetitionsQueryOptions } from '../api/get-my-petitions';
import { PetitionCard } from '../components/petition-card';
import '../components/petitions.css';

/** The signed-in person's own petitions, drafts included. */
export function MyPetitionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('petitions.mine'));
  const petitions = useInfiniteQuery(myPetitionsQueryOptions());
  return (
    <>
      <div className="page-header-row">
        <PageHeader title={t('petitions.mine')} lead={t('petitions.mineLead')} />
        <ButtonLink to="/petitions/new">{t('petitions.create')}</ButtonLink>
      </div>
      <DirectoryResults
        id="my-petitions"
        query={petitions}
        itemKey={(petition) => petition.id}
        renderItem={(petition) => <PetitionCard petition={petition} />}
        emptyIcon="flag"
        emptyTitle={t('petitions.mineEmpty')}
        filtered={false}
        onClearFilters={() => undefined}
      />
    </>
  );
}
