import type { ModerationCase } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { formatDateTime } from '../../../lib/format';
import { errorMessage } from '../../../lib/messages';
import { useDismissReports } from '../api/dismiss-reports';
import { useHideObject } from '../api/hide-object';
import { useSuspendAccount } from '../api/suspend-account';
import { useUnsuspendAccount } from '../api/unsuspend-account';
import { ActionDialog } from './action-dialog';

/** One reported object: what it is, why it was reported, and the moderator's actions. */
export function CaseCard({ item }: { item: ModerationCase }) {
  const { t } = useTranslation();
  const hide = useHideObject();
  const dismiss = useDismissReports();
  const suspend = useSuspendAccount();
  const unsuspend = useUnsuspendAccount();
  const error = hide.error ?? dismiss.error ?? suspend.error ?? unsuspend.error;
  const object = { objectType: item.objectType, objectId: item.objectId };
  const responsible = item.responsible;

  return (
    <article className="directory-card moderation-case">
      <div className="directory-card__body stack-s">
        <h2 className="directory-card__title">
          <Badge tone="brand">{t(`moderation.objectTypes.${item.objectType}`)}</Badge>{' '}
          <Link to={item.path}>{item.title}</Link>
        </h2>
        <p className="directory-card__meta">
          {t('moderation.queue.reports', { count: item.openReports })} ·{' '}
          {item.reasons
            .map((entry) => `${t(`moderation.reasons.${entry.reason}`)} (${entry.count})`)
            .join(', ')}
        </p>
        <p className="directory-card__meta">
          {t('moderation.queue.lastReported', { date: formatDateTime(item.lastReportedAt) })}
        </p>
        {item.notes.length > 0 && (
          <div>
            <h3 className="profile__chips-title">{t('moderation.queue.notes')}</h3>
            <ul>
              {item.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </div>
        )}
        {responsible && (
          <p className="directory-card__meta">
            {t('moderation.queue.responsible', {
              name: responsible.handle ? `@${responsible.handle}` : t('moderation.queue.responsibleUnknown'),
            })}{' '}
            {responsible.suspended && <Badge tone="warning">{t('moderation.queue.suspended')}</Badge>}
          </p>
        )}
        {error && <Alert tone="error">{errorMessage(t, error)}</Alert>}
        <div className="cluster">
          <ActionDialog
            label={t('moderation.queue.hide')}
            title={t('moderation.queue.hideTitle', { title: item.title })}
            body={t('moderation.queue.hideBody')}
            reasonRequired
            variant="danger"
            busy={hide.isPending}
            onConfirm={(reason) => hide.mutate({ ...object, reason })}
          />
          <ActionDialog
            label={t('moderation.queue.dismiss')}
            title={t('moderation.queue.dismissTitle', { title: item.title })}
            body={t('moderation.queue.dismissBody')}
            reasonRequired={false}
            busy={dismiss.isPending}
            onConfirm={(reason) => dismiss.mutate({ ...object, reason })}
          />
          {responsible &&
            (responsible.suspended ? (
              <ActionDialog
                label={t('moderation.queue.unsuspend')}
                title={t('moderation.queue.unsuspendTitle')}
                body={t('moderation.queue.unsuspendBody')}
                reasonRequired
                busy={unsuspend.isPending}
                onConfirm={(reason) => unsuspend.mutate({ accountId: responsible.id, reason })}
              />
            ) : (
              <ActionDialog
                label={t('moderation.queue.suspend')}
                title={t('moderation.queue.suspendTitle')}
                body={t('moderation.queue.suspendBody')}
                reasonRequired
                variant="danger"
                busy={suspend.isPending}
                onConfirm={(reason) => suspend.mutate({ accountId: responsible.id, reason })}
              />
            ))}
        </div>
      </div>
    </article>
  );
}
