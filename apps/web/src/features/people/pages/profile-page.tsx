import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { ContactRequestButton } from '../../../components/contact/contact-request-button';
import { ReportButton } from '../../../components/report/report-button';
import { Alert } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Badge } from '../../../components/ui/badge';
import { Card } from '../../../components/ui/card';
import { ChipList } from '../../../components/ui/chip-picker';
import { Icon } from '../../../components/ui/icon';
import { PageHeader } from '../../../components/ui/page-header';
import { LoadingState } from '../../../components/ui/spinner';
import { useSession } from '../../../lib/session';
import { type TaxonomyKind, useTaxonomy } from '../../../lib/taxonomy';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { profileQueryOptions } from '../api/get-profile';
import { ProfileActions } from '../components/profile-actions';
import { ProfileLoadError } from '../components/profile-load-error';
import { TopicChips } from '../components/topic-chips';
import '../components/people.css';

export function ProfilePage() {
  const { t } = useTranslation();
  const { handle = '' } = useParams();
  const session = useSession();
  const { name } = useTaxonomy();
  const [blocked, setBlocked] = useState<string | null>(null);
  const profile = useQuery({
    ...profileQueryOptions(handle.toLowerCase(), session.status === 'signedIn'),
    enabled: session.status !== 'loading' && blocked === null,
  });
  useDocumentTitle(profile.data?.displayName ?? t('people.title'));
  // biome-ignore lint/correctness/useExhaustiveDependencies: another profile starts without the notice
  useEffect(() => setBlocked(null), [handle]);

  if (blocked) {
    return (
      <>
        <PageHeader title={t('profile.blockedTitle', { name: blocked })} />
        <Alert tone="success">
          <p>{t('profile.blockedBody')}</p>
          <p>
            <Link to="/account#blocked">{t('profile.manageBlocks')}</Link>
          </p>
        </Alert>
      </>
    );
  }
  if (profile.isPending) return <LoadingState label={t('common.loading')} />;
  if (profile.isError) return <ProfileLoadError error={profile.error} />;

  const person = profile.data;
  // An old handle answers with the profile under its new one: show the current address.
  if (person.handle !== handle) return <Navigate to={`/people/${person.handle}`} replace />;

  const place = [person.city, person.country && name('countries', person.country)].filter(Boolean).join(', ');
  const chips = (kind: TaxonomyKind, values: string[]) =>
    values.map((value) => ({ key: value, label: name(kind, value) }));
  const sections: { title: string; items: { key: string; label: string }[]; topics?: boolean }[] = [
    { title: t('profile.topics'), items: chips('topics', person.topics), topics: true },
    { title: t('profile.offers'), items: chips('support', person.offers) },
    { title: t('profile.needs'), items: chips('support', person.needs) },
    { title: t('profile.languages'), items: chips('languages', person.languages) },
    { title: t('profile.skills'), items: person.skills.map((skill) => ({ key: skill, label: skill })) },
  ];

  return (
    <article className="profile">
      <header className="profile__header">
        <Avatar name={person.displayName} image={person.avatar} size="large" />
        <div className="profile__intro">
          <h1 className="profile__name">{person.displayName}</h1>
          <p className="profile__handle muted">@{person.handle}</p>
          {person.headline && <p className="profile__headline">{person.headline}</p>}
          <div className="cluster profile__facts">
            {place && (
              <span className="profile__fact">
                <Icon name="globe" size={18} />
                {place}
              </span>
            )}
            {person.openToPress && <Badge tone="success">{t('profile.openToPress')}</Badge>}
          </div>
          <p className="profile__counts">
            <Link to={`/people/${person.handle}/followers`} className="count-link">
              {t('profile.followers', { count: person.followerCount })}
            </Link>
            <Link to={`/people/${person.handle}/following`} className="count-link">
              {t('profile.followingCount', { count: person.followingCount })}
            </Link>
          </p>
          <ProfileActions profile={person} onBlocked={() => setBlocked(person.displayName)} />
          {!person.isMe && (person.acceptsContactRequests || person.openToPress) && (
            <ContactRequestButton
              handle={person.handle}
              displayName={person.displayName}
              accepts={person.acceptsContactRequests}
            />
          )}
          {!person.isMe && (
            <ReportButton
              objectType="profile"
              objectId={person.handle}
              label={t('moderation.report.profile')}
            />
          )}
        </div>
      </header>
      <div className="profile__body">
        {person.bioHtml && (
          <Card title={t('profile.about')}>
            {/* The API renders the Markdown bio and sanitises it to a safe allowlist. */}
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the API */}
            <div className="prose" dangerouslySetInnerHTML={{ __html: person.bioHtml }} />
          </Card>
        )}
        <Card title={t('profile.details')}>
          <div className="stack-s">
            {sections
              .filter((section) => section.items.length > 0)
              .map((section) => (
                <div key={section.title} className="profile__chips">
                  <h3 className="profile__chips-title">{section.title}</h3>
                  {section.topics ? (
                    <TopicChips topics={person.topics} label={section.title} />
                  ) : (
                    <ChipList items={section.items} label={section.title} />
                  )}
                </div>
              ))}
            {sections.every((section) => section.items.length === 0) && (
              <p className="muted">{t('profile.nothingYet')}</p>
            )}
          </div>
        </Card>
        {person.links.length > 0 && (
          <Card title={t('profile.links')}>
            <ul className="profile__links">
              {person.links.map((link) => (
                <li key={link.url}>
                  <a href={link.url} rel="noopener noreferrer nofollow ugc" target="_blank">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </article>
  );
}
