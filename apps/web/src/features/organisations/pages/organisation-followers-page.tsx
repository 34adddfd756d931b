import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PagedPersonList } from '../../../components/paged-person-list';
import { Alert } from '../../../components/ui/alert';
import { ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { Icon } from '../../../components/ui/icon';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { organisationFollowersQueryOptions } from '../api/get-followers';
import { organisationQueryOptions } from '../api/get-organisation';
import '../components/organisations.css';

export function OrganisationFollowersPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const organisation = useQuery({
    ...organisationQueryOptions(slug, signedIn),
    enabled: session.status !== 'loading',
  });

  if (organisation.isPending) return <LoadingState label={t('common.loading')} />;
  if (organisation.isError) {
    if (isApiError(organisation.error) && organisation.error.status === 404) {
      return (
        <>
          <PageHeader title={t('organisation.notFoundTitle')} />
          <EmptyState icon="organisation" title={t('organisation.notFoundBody')}>
            <ButtonLink to="/organisations" variant="secondary">
              {t('organisation.backToOrganisations')}
            </ButtonLink>
          </EmptyState>
        </>
      );
    }
    return <Alert tone="error">{errorMessage(t, organisation.error)}</Alert>;
  }
  const org = organisation.data;
  return (
    <>
      <PageHeader
        title={t('follows.followersOf', { name: org.name })}
        eyebrow={
          <Link to={`/organisations/${org.slug}`} className="back-link">
            <Icon name="arrowLeft" size={16} />
            {t('follows.backToProfile', { name: org.name })}
          </Link>
        }
      />
      <div className="profile__body">
        <Card>
          <Followers slug={org.slug} signedIn={signedIn} />
        </Card>
      </div>
    </>
  );
}

function Followers({ slug, signedIn }: { slug: string; signedIn: boolean }) {
  const { t } = useTranslation();
  const followers = useInfiniteQuery(organisationFollowersQueryOptions(slug, signedIn));
  return <PagedPersonList people={followers} emptyTitle={t('follows.noOrganisationFollowers')} />;
}
