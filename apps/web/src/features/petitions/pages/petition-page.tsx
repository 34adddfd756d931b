import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ReportButton } from '../../../components/report/report-button';
import { Alert } from '../../../components/ui/alert';
import { ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ChipList } from '../../../components/ui/chip-picker';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { useLiveWatch } from '../../../lib/live';
import { errorMessage } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { useTaxonomy } from '../../../lib/taxonomy';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { petitionQueryOptions } from '../api/get-petition';
import { ManagePanel } from '../components/manage-panel';
import { PetitionStateBadge } from '../components/petition-card';
import { PetitionProgress } from '../components/petition-progress';
import '../components/petitions.css';
import { SignPanel } from '../components/sign-panel';
import { SignersList } from '../components/signers-list';

export function PetitionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const { name } = useTaxonomy();
  const signedIn = session.status === 'signedIn';
  const query = useQuery({ ...petitionQueryOptions(id, signedIn), enabled: session.status !== 'loading' });
  useDocumentTitle(query.data?.title ?? t('petitions.title'));
  // The count goes up while the page is open, as others sign.
  useLiveWatch(signedIn && query.data && query.data.state !== 'draft' ? { type: 'petition', id } : null);

  if (query.isPending) return <LoadingState label={t('common.loading')} />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return (
        <>
          <h1>{t('petitions.page.notFoundTitle')}</h1>
          <EmptyState icon="flag" title={t('petitions.page.notFoundBody')}>
            <ButtonLink to="/petitions" variant="secondary">
              {t('petitions.page.back')}
            </ButtonLink>
          </EmptyState>
        </>
      );
    }
    return <Alert tone="error">{errorMessage(t, query.error)}</Alert>;
  }

  const petition = query.data;
  const { person, organisation } = petition.author;
  return (
    <article className="petition-page">
      <header>
        <p>
          <PetitionStateBadge petition={petition} />
        </p>
        <h1>{petition.title}</h1>
      </header>
      {petition.moderation?.hidden && (
        <Alert tone="warning">
          {t('petitions.page.hidden', { reason: petition.moderation.reason ?? '' })}
        </Alert>
      )}
      <Card>
        <PetitionProgress count={petition.signatureCount} goal={petition.goal} />
        <dl className="petition-page__facts">
          <div>
            <dt>{t('petitions.page.addressee')}</dt>
            <dd>{petition.addressee}</dd>
          </div>
          <div>
            <dt>{t('petitions.page.deadline')}</dt>
            <dd>
              <time dateTime={petition.deadline}>{formatDateTime(petition.deadline)}</time>
            </dd>
          </div>
          {(organisation || person) && (
            <div>
              <dt>{t('petitions.by', { name: '' }).trim()}</dt>
              <dd>
                {organisation ? (
                  <Link to={`/organisations/${organisation.slug}`}>{organisation.name}</Link>
                ) : (
                  person && <Link to={`/people/${person.handle}`}>{person.displayName}</Link>
                )}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('petitions.page.language')}</dt>
            <dd>{name('languages', petition.language)}</dd>
          </div>
          {petition.countries.length > 0 && (
            <div>
              <dt>{t('petitions.page.countries')}</dt>
              <dd>{petition.countries.map((country) => name('countries', country)).join(', ')}</dd>
            </div>
          )}
        </dl>
        {petition.topics.length > 0 && (
          <ChipList
            label={t('petitions.page.topics')}
            items={petition.topics.map((topic) => ({ key: topic, label: name('topics', topic) }))}
          />
        )}
        {petition.state !== 'draft' && (
          <p>
            <a href={`/api/petitions/${petition.id}.ics`} download>
              {t('petitions.page.addToCalendar')}
            </a>
          </p>
        )}
      </Card>
      <Card>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders the Markdown and sanitises it to a safe allowlist */}
        <div className="prose" dangerouslySetInnerHTML={{ __html: petition.textHtml }} />
      </Card>
      {petition.responseHtml && (
        <Card
          title={t('petitions.page.response')}
          description={t('petitions.page.responseLead', { addressee: petition.addressee })}
        >
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the API like the text */}
          <div className="prose" dangerouslySetInnerHTML={{ __html: petition.responseHtml }} />
        </Card>
      )}
      <SignPanel petition={petition} session={session} />
      {petition.canManage && <ManagePanel petition={petition} />}
      {petition.state !== 'draft' && <SignersList petitionId={petition.id} signedIn={signedIn} />}
      {signedIn && !petition.canManage && (
        <ReportButton objectType="petition" objectId={petition.id} label={t('moderation.report.petition')} />
      )}
    </article>
  );
}
