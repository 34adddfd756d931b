import type { CaseSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';

/** The case's methods and its level on the IAP2 spectrum, as badges. */
export function CaseBadges({ item }: { item: Pick<CaseSummary, 'methods' | 'iap2Level'> }) {
  const { t } = useTranslation();
  return (
    <ul className="case-badges" aria-label={t('cases.badgesLabel')}>
      {item.methods.map((method) => (
        <li key={method}>
          <Badge tone="brand">{t(`cases.methods.${method}`)}</Badge>
        </li>
      ))}
      <li>
        <Badge tone="success">
          {t('cases.iap2Badge', { level: t(`cases.iap2Levels.${item.iap2Level}`) })}
        </Badge>
      </li>
    </ul>
  );
}
