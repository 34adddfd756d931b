import type { AuditEntry } from '@open-spaces/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { formatDateTime } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { auditQueryOptions } from '../api/get-audit';
import { useRestoreObject } from '../api/restore-object';
import { ActionDialog } from '../components/action-dialog';
import { PagedList } from '../components/paged-list';

/** Every moderator action, newest first; a hidden object can be shown again from here. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const audit = useInfiniteQuery(auditQueryOptions());
  return (
    <>
      <div className="page-header-row">
        <PageHeader title={t('moderation.audit.title')} lead={t('moderation.audit.lead')} />
        <ButtonLink to="/moderation" variant="secondary">
          {t('moderation.audit.backToQueue')}
        </ButtonLink>
      </div>
      <PagedList
        query={audit}
        itemKey={(entry) => entry.id}
        renderItem={(entry) => <AuditRow entry={entry} />}
        empty={t('moderation.audit.empty')}
        error={t('moderation.audit.error')}
        loadMore={t('directory.loadMore')}
      />
    </>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const restore = useRestoreObject();
  const moderator = entry.moderator.handle ? `@${entry.moderator.handle}` : entry.moderator.displayName;
  return (
    <article className="directory-card">
      <div className="directory-card__body stack-s">
        <h2 className="directory-card__title">
          {t('moderation.audit.entry', {
            moderator,
            action: t(`moderation.audit.actions.${entry.action}`),
            type: t(`moderation.objectTypes.${entry.objectType}`),
          })}
        </h2>
        <p className="directory-card__meta">
          <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time> ·{' '}
          {t('moderation.audit.object', { id: entry.objectId })}
        </p>
        <p className="directory-card__meta">
          {entry.reason
            ? t('moderation.audit.reason', { reason: entry.reason })
            : t('moderation.audit.noReason')}
        </p>
        {restore.isError && <Alert tone="error">{errorMessage(t, restore.error)}</Alert>}
        {restore.isSuccess && <p role="status">{t('moderation.queue.done')}</p>}
        {entry.action === 'hide' && entry.objectType !== 'account' && !restore.isSuccess && (
          <div>
            <ActionDialog
              label={t('moderation.audit.restore')}
              title={t('moderation.audit.restoreTitle')}
              body={t('moderation.audit.restoreBody')}
              reasonRequired={false}
              busy={restore.isPending}
              onConfirm={(reason) =>
                entry.objectType !== 'account' &&
                restore.mutate({ objectType: entry.objectType, objectId: entry.objectId, reason })
              }
            />
          </div>
        )}
      </div>
    </article>
  );
}
