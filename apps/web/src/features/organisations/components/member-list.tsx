import { type Member, OrganisationRole } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadMoreButton } from '../../../components/ui/load-more-button';
import { LoadingState } from '../../../components/ui/spinner';
import { useLoadMore } from '../../../components/ui/use-load-more';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/messages';
import { useChangeMemberRole } from '../api/change-member-role';
import { membersQueryOptions } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';

interface MemberListProps {
  slug: string;
  signedIn: boolean;
  /** Owners and admins may change roles and remove members; only owners may touch owners. */
  manageAs: OrganisationRole | null;
}

/** Explains the one rule people trip over: an organisation always keeps an owner. */
export function memberErrorMessage(t: (key: string) => string, error: unknown) {
  if (isApiError(error) && error.code === 'last_owner') return t('members.lastOwner');
  return null;
}

export function MemberList({ slug, signedIn, manageAs }: MemberListProps) {
  const { t } = useTranslation();
  const members = useInfiniteQuery(membersQueryOptions(slug, signedIn));
  const changeRole = useChangeMemberRole();
  const remove = useRemoveMember();
  const [removing, setRemoving] = useState<Member | null>(null);
  const items = members.data?.pages.flatMap((page) => page.items) ?? [];
  const { listRef, loadMore } = useLoadMore(items.length, members.fetchNextPage, members.isFetchingNextPage);
  const canManage = (member: Member) =>
    manageAs === 'owner' || (manageAs === 'admin' && member.role !== 'owner');
  const failure = changeRole.error ?? remove.error;

  if (members.isPending) return <LoadingState label={t('common.loading')} />;
  if (!members.data) return <Alert tone="error">{errorMessage(t, members.error)}</Alert>;
  if (items.length === 0) return <EmptyState icon="people" title={t('members.empty')} />;

  return (
    <div className="stack-s">
      {failure && (
        <Alert tone="error" title={t('members.actionFailed')}>
          <p>{memberErrorMessage(t, failure) ?? errorMessage(t, failure)}</p>
        </Alert>
      )}
      <ul className="member-list" ref={listRef}>
        {items.map((member) => (
          <li key={member.handle} className="member-list__item">
            <Avatar name={member.displayName} image={member.avatar} size="small" />
            <div className="member-list__body">
              <Link to={`/people/${member.handle}`} className="member-list__name">
                {member.displayName}
              </Link>
              {member.headline && <p className="member-list__headline muted">{member.headline}</p>}
            </div>
            {manageAs && canManage(member) ? (
              <div className="member-list__actions">
                <label className="visually-hidden" htmlFor={`role-${member.handle}`}>
                  {t('members.roleOf', { name: member.displayName })}
                </label>
                <select
                  id={`role-${member.handle}`}
                  className="field__input field__select member-list__role"
                  value={member.role}
                  disabled={changeRole.isPending}
                  onChange={(event) => {
                    remove.reset();
                    changeRole.mutate({
                      slug,
                      handle: member.handle,
                      role: OrganisationRole.parse(event.target.value),
                    });
                  }}
                >
                  {OrganisationRole.options
                    .filter((role) => manageAs === 'owner' || role !== 'owner')
                    .map((role) => (
                      <option key={role} value={role}>
                        {t(`roles.${role}`)}
                      </option>
                    ))}
                </select>
                <Button
                  variant="quiet"
                  size="small"
                  aria-label={t('members.removeLabel', { name: member.displayName })}
                  onClick={() => {
                    changeRole.reset();
                    setRemoving(member);
                  }}
                >
                  {t('members.remove')}
                </Button>
              </div>
            ) : (
              <Badge tone={member.role === 'owner' ? 'brand' : 'neutral'}>{t(`roles.${member.role}`)}</Badge>
            )}
          </li>
        ))}
      </ul>
      {members.hasNextPage && (
        <LoadMoreButton
          label={t('directory.loadMore')}
          loading={members.isFetchingNextPage}
          onLoadMore={loadMore}
        />
      )}
      {members.isFetchNextPageError && <Alert tone="error">{errorMessage(t, members.error)}</Alert>}
      <ConfirmDialog
        open={removing !== null}
        tone="danger"
        title={t('members.removeTitle', { name: removing?.displayName ?? '' })}
        confirmLabel={t('members.remove')}
        cancelLabel={t('common.cancel')}
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate({ slug, handle: removing.handle }, { onSettled: () => setRemoving(null) });
        }}
      >
        <p>{t('members.removeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
