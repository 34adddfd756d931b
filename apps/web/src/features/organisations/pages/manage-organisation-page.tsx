import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Card } from '../../../components/ui/card';
import { ImageUpload } from '../../../components/ui/image-upload';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/messages';
import { useDeleteLogo } from '../api/delete-logo';
import { organisationQueryOptions } from '../api/get-organisation';
import { useUpdateOrganisation } from '../api/update-organisation';
import { useUploadLogo } from '../api/upload-logo';
import { InviteForm } from '../components/invite-form';
import { LeaveOrganisation } from '../components/leave-organisation';
import { MemberList } from '../components/member-list';
import { OrganisationForm } from '../components/organisation-form';
import { PendingInvitations } from '../components/pending-invitations';
import '../components/organisations.css';

/** For owners and admins: the organisation's details, logo, members and invitations. */
export function ManageOrganisationPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const organisation = useQuery(organisationQueryOptions(slug, true));
  const update = useUpdateOrganisation();
  const uploadLogo = useUploadLogo(slug);
  const deleteLogo = useDeleteLogo(slug);

  if (organisation.isPending) return <LoadingState label={t('common.loading')} />;
  if (organisation.isError) return <Alert tone="error">{errorMessage(t, organisation.error)}</Alert>;
  const org = organisation.data;
  const role = org.myRole;
  if (role !== 'owner' && role !== 'admin') {
    return (
      <>
        <PageHeader title={t('manage.title', { name: org.name })} />
        <Alert tone="warning">{t('manage.notAllowed')}</Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('manage.title', { name: org.name })}
        lead={<Link to={`/organisations/${org.slug}`}>{t('manage.viewPage')}</Link>}
      />
      <div className="settings-layout">
        <Card title={t('manage.members')} description={t('manage.membersLead')}>
          <MemberList slug={org.slug} signedIn manageAs={role} />
        </Card>
        <Card title={t('manage.invite')} description={t('manage.inviteLead')}>
          <InviteForm slug={org.slug} canInviteOwners={role === 'owner'} />
        </Card>
        <Card title={t('manage.pending')}>
          <PendingInvitations slug={org.slug} />
        </Card>
        <Card title={t('manage.logo')}>
          <ImageUpload
            name={org.name}
            image={org.logo}
            square
            upload={(file, onProgress) => uploadLogo.mutateAsync({ file, onProgress })}
            remove={() => deleteLogo.mutateAsync()}
          />
        </Card>
        <section aria-labelledby="manage-details" className="stack">
          <h2 id="manage-details">{t('manage.details')}</h2>
          <OrganisationForm
            key={org.slug}
            organisation={org}
            submitLabel={t('organisationForm.save')}
            onSubmit={(body) => update.mutateAsync({ slug: org.slug, body })}
            onSaved={(saved) => {
              if (saved.slug !== org.slug)
                void navigate(`/organisations/${saved.slug}/manage`, { replace: true });
            }}
          />
        </section>
        <Card title={t('members.leaveSection')} description={t('members.leaveLead')}>
          <LeaveOrganisation slug={org.slug} name={org.name} onLeft={() => void navigate('/organisations')} />
        </Card>
      </div>
    </>
  );
}
