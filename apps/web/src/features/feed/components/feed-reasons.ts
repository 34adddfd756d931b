import type { FeedReason } from '@open-spaces/contracts';
import type { TFunction } from 'i18next';

/** Why an item is in the feed, as one line: "You follow Climate Action Network · Topic: Digital rights". */
export function feedReasonLine(t: TFunction, reasons: FeedReason[]): string {
  return reasons.map((reason) => t(`feed.reasons.${reason.kind}`, { name: reason.label })).join(' · ');
}
