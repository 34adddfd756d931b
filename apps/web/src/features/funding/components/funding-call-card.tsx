import type { FundingCallSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { useTaxonomy } from '../../../lib/taxonomy';
import { DeadlineCountdown } from './deadline-countdown';
import { FundingCallBadges } from './funding-call-badges';
import { formatGrantRange } from './funding-format';

/** A call in a list: title, funder, status, amounts and the next deadline. */
export function FundingCallCard({ call }: { call: FundingCallSummary }) {
  const { t } = useTranslation();
  const { name } = useTaxonomy();
  const range = formatGrantRange(call.minGrant, call.maxGrant, call.currency);
  return (
    <article className="directory-card funding-card">
      <div className="directory-card__body">
        <h2 className="directory-card__title">
          <Link to={`/funding/${call.id}`} className="directory-card__link">
            {call.title}
          </Link>
        </h2>
        <p className="directory-card__meta">
          <FundingCallBadges call={call} />{' '}
          {call.funder.organisation && t('funding.card.by', { name: call.funder.organisation.name })}
        </p>
        <p className="funding-card__summary">{call.summary}</p>
        {range && <p className="directory-card__meta">{t('funding.card.grants', { range })}</p>}
        <p className="directory-card__meta">
          {call.status === 'forthcoming' && call.opening ? (
            t('funding.card.opens', { date: formatDate(call.opening.at) })
          ) : call.nextDeadline ? (
            <>
              {t('funding.card.nextDeadline', { label: call.nextDeadline.label })}{' '}
              <DeadlineCountdown deadline={call.nextDeadline} />
            </>
          ) : call.status === 'closed' ? (
            t('funding.card.closed')
          ) : (
            t('funding.card.rolling')
          )}
        </p>
        {call.topics.length > 0 && (
          <p className="directory-card__meta">
            {call.topics
              .slice(0, 3)
              .map((topic) => name('topics', topic))
              .join(' · ')}
          </p>
        )}
        {call.saveCount !== null && (
          <p className="directory-card__meta">{t('funding.card.saves', { count: call.saveCount })}</p>
        )}
        {call.moderation?.hidden && (
          <p className="directory-card__meta">
            {call.moderation.reason
              ? t('funding.card.hidden', { reason: call.moderation.reason })
              : t('funding.card.hiddenNoReason')}
          </p>
        )}
      </div>
    </article>
  );
}
