import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { FeedLinks } from '../../../components/feed-links';
import { ReportButton } from '../../../components/report/report-button';
import { Alert } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonLink } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ChipList } from '../../../components/ui/chip-picker';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadingState } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/messages';
import { useSession } from '../../../lib/session';
import { type TaxonomyKind, useTaxonomy } from '../../../lib/taxonomy';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFollowOrganisation } from '../api/follow-organisation';
import { organisationQueryOptions } from '../api/get-organisation';
import { LeaveOrganisation } from '../components/leave-organisation';
import { MemberList } from '../components/member-list';
import '../components/organisations.css';

export function OrganisationPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [left, setLeft] = useState<string | null>(null);
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const { name } = useTaxonomy();
  const follow = useFollowOrganisation();
  const organisation = useQuery({
    ...organisationQueryOptions(slug, signedIn),
    enabled: session.status !== 'loading',
  });
  useDocumentTitle(organisation.data?.name ?? t('organisations.title'));
  // biome-ignore lint/correctness/useExhaustiveDependencies: another organisation starts without the notice
  useEffect(() => setLeft(null), [slug]);

  if (organisation.isPending) return <LoadingState label={t('common.loading')} />;
  if (organisation.isError) {
    if (isApiError(organisation.error) && organisation.error.status === 404) {
      return (
        <>
          <h1>{t('organisation.notFoundTitle')}</h1>
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
  const chips = (kind: TaxonomyKind, values: string[]) =>
    values.map((value) => ({ key: value, label: name(kind, value) }));
  const manager = org.myRole === 'owner' || org.myRole === 'admin';
  const sections = [
    { title: t('organisation.topics'), items: chips('topics', org.topics) },
    { title: t('organisation.countriesActive'), items: chips('countries', org.countriesActive) },
    { title: t('organisation.offers'), items: chips('support', org.offers) },
    { title: t('organisation.needs'), items: chips('support', org.needs) },
  ].filter((section) => section.items.length > 0);

  return (
    <article className="profile">
      {org.moderation.hidden && (
        <Alert tone="warning" className="profile__notice">
          {t('moderation.hiddenNotice', { reason: org.moderation.reason ?? '' })}
        </Alert>
      )}
      {left && (
        <Alert tone="success" className="profile__notice">
          {t('members.left', { name: left })}
        </Alert>
      )}
      <header className="profile__header">
        <Avatar name={org.name} image={org.logo} size="large" square />
        <div className="profile__intro">
          <h1 className="profile__name">{org.name}</h1>
          <div className="cluster profile__facts">
            <Badge tone="brand">{t(`organisationKinds.${org.kind}`)}</Badge>
            <span>{name('countries', org.country)}</span>
            {org.foundedYear && <span>{t('organisation.founded', { year: org.foundedYear })}</span>}
            {org.size && <span>{t('organisationForm.people', { size: org.size })}</span>}
          </div>
          <p className="profile__counts">
            <span>{t('organisation.members', { count: org.memberCount })}</span>
            <Link to={`/organisations/${org.slug}/followers`} className="count-link">
              {t('profile.followers', { count: org.followerCount })}
            </Link>
          </p>
          {org.visibility === 'public' && (
            <FeedLinks params={new URLSearchParams({ organisation: org.slug })} title={org.name} />
          )}
          <div className="cluster">
            {signedIn ? (
              <Button
                variant={org.followedByMe ? 'secondary' : 'primary'}
                aria-pressed={org.followedByMe}
                loading={follow.isPending}
                onClick={() => follow.mutate({ slug: org.slug, follow: !org.followedByMe })}
              >
                {org.followedByMe ? t('profile.following') : t('profile.follow')}
              </Button>
            ) : (
              <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
                {t('profile.signInToFollow')}
              </Link>
            )}
            {manager && (
              <ButtonLink to={`/organisations/${org.slug}/manage`} variant="secondary">
                {t('organisation.manage')}
              </ButtonLink>
            )}
            <ButtonLink to={`/processes?organisation=${org.slug}`} variant="secondary">
              {t('processes.organisationLink')}
            </ButtonLink>
            {manager && (
              <ButtonLink to={`/processes/new?organisation=${org.slug}`} variant="secondary">
                {t('processes.new.title')}
              </ButtonLink>
            )}
            {(manager || org.myRole === 'editor') && (
              <ButtonLink to={`/organisations/${org.slug}/suggestions`} variant="secondary">
                {t('matching.organisationLink')}
              </ButtonLink>
            )}
            {org.myRole && !manager && (
              <Badge>{t('organisation.yourRole', { role: t(`roles.${org.myRole}`) })}</Badge>
            )}
            {!org.myRole && (
              <ReportButton
                objectType="organisation"
                objectId={org.slug}
                label={t('moderation.report.organisation')}
              />
            )}
          </div>
          {follow.isError && <Alert tone="error">{errorMessage(t, follow.error)}</Alert>}
        </div>
      </header>
      <div className="profile__body">
        {org.descriptionHtml && (
          <Card title={t('organisation.about')}>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders the Markdown and sanitises it to a safe allowlist */}
            <div className="prose" dangerouslySetInnerHTML={{ __html: org.descriptionHtml }} />
          </Card>
        )}
        {(sections.length > 0 || org.website || org.transparencyRegisterId) && (
          <Card title={t('organisation.details')}>
            <div className="stack-s">
              {sections.map((section) => (
                <div key={section.title} className="profile__chips">
                  <h3 className="profile__chips-title">{section.title}</h3>
                  <ChipList items={section.items} label={section.title} />
                </div>
              ))}
              <dl className="summary-list">
                {org.website && (
                  <div className="summary-list__row">
                    <dt>{t('organisation.website')}</dt>
                    <dd>
                      <a href={org.website} rel="noopener noreferrer nofollow" target="_blank">
                        {org.website.replace(/^https?:\/\//, '')}
                      </a>
                    </dd>
                  </div>
                )}
                {org.transparencyRegisterId && (
                  <div className="summary-list__row">
                    <dt>{t('organisation.registerId')}</dt>
                    <dd>{org.transparencyRegisterId}</dd>
                  </div>
                )}
              </dl>
            </div>
          </Card>
        )}
        {(org.showMembers || org.myRole) && (
          <Card title={t('organisation.membersTitle')}>
            <MemberList slug={org.slug} signedIn={signedIn} manageAs={null} />
          </Card>
        )}
        {org.myRole && (
          <Card
            title={t('members.yourMembership')}
            description={t('members.yourRole', { role: t(`roles.${org.myRole}`) })}
          >
            {org.myRole === 'owner' && org.memberCount <= 1 ? (
              <p className="muted">{t('members.soleOwner')}</p>
            ) : (
              <LeaveOrganisation
                slug={org.slug}
                name={org.name}
                manageHref={manager ? `/organisations/${org.slug}/manage` : undefined}
                onLeft={() => {
                  // A hidden organisation is gone from view once one is no longer a member.
                  if (org.visibility === 'hidden') void navigate('/organisations');
                  else setLeft(org.name);
                }}
              />
            )}
          </Card>
        )}
      </div>
    </article>
  );
}
