import type { FundingCallSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';
import { FUNDER_BADGE_KINDS } from './funding-format';

const STATUS_TONE = { open: 'success', forthcoming: 'warning', closed: 'neutral' } as const;

/** The call's status and, for foundations, public bodies and networks, the funder's kind. */
export function FundingCallBadges({ call }: { call: FundingCallSummary }) {
  const { t } = useTranslation();
  const kind = call.funder.organisation?.kind;
  return (
    <span className="cluster funding-badges">
      <Badge tone={STATUS_TONE[call.status]}>{t(`funding.status.${call.status}`)}</Badge>
      {kind && FUNDER_BADGE_KINDS.has(kind) && <Badge tone="brand">{t(`organisationKinds.${kind}`)}</Badge>}
    </span>
  );
}
