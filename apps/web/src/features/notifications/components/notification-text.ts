import type { Notification } from '@open-spaces/contracts';
import type { TFunction } from 'i18next';

const ROLES = ['owner', 'admin', 'editor', 'member'] as const;
const isRole = (role: string | undefined): role is (typeof ROLES)[number] =>
  (ROLES as readonly string[]).includes(role ?? '');

/**
 * What happened, as one sentence in the reader's language, from the notification's kind and
 * details: "Ana Novak commented on your post “Our assembly”". The API sends the parts, not
 * the words, so the page follows a change of language.
 */
export function notificationHeadline(t: TFunction, notification: Notification): string {
  const { kind, details, subject } = notification;
  const words = {
    actor: notification.actor?.displayName ?? t('notifications.someone'),
    organisation: notification.organisation?.name ?? subject.title,
    subject: subject.title,
  };
  switch (kind) {
    case 'organisation_invitation':
      return t('notifications.headlines.organisation_invitation', {
        ...words,
        role: t(`notifications.roles.${isRole(details.role) ? details.role : 'member'}`),
      });
    case 'event_changed':
      return t(`notifications.headlines.event_changed.${details.change ?? 'updated'}`, words);
    case 'call_deadline':
      return t('notifications.headlines.call_deadline', { ...words, count: details.daysLeft ?? 3 });
    case 'partner_interest_answered':
      return t(`notifications.headlines.partner_interest_answered.${details.answer ?? 'accepted'}`, words);
    case 'petition_milestone':
      return (details.percent ?? 100) >= 100
        ? t('notifications.headlines.petition_milestone.goal', words)
        : t('notifications.headlines.petition_milestone.reached', { ...words, percent: details.percent });
    case 'report_outcome':
      return t(`notifications.headlines.report_outcome.${details.outcome ?? 'dismissed'}`, words);
    case 'moderation_action': {
      const what = t(`notifications.yourSubject.${subject.type}`);
      if (details.action === 'restored') {
        return t('notifications.headlines.moderation_action.restored', { ...words, what });
      }
      return details.reason
        ? t('notifications.headlines.moderation_action.hidden', { ...words, what, reason: details.reason })
        : t('notifications.headlines.moderation_action.hiddenNoReason', { ...words, what });
    }
    case 'case_returned':
      return t('notifications.headlines.case_returned', { ...words, reason: details.reason ?? '' });
    default:
      return t(`notifications.headlines.${kind}`, words);
  }
}
