import type { ToolSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge';

/** The tool's category, price model and the flags it has, as badges. */
export function ToolFlags({ tool }: { tool: ToolSummary }) {
  const { t } = useTranslation();
  return (
    <p className="cluster tool-flags">
      <Badge tone="brand">{t(`tools.categories.${tool.category}`)}</Badge>
      <Badge>{t(`tools.prices.${tool.priceModel}`)}</Badge>
      {tool.openSource && <Badge tone="success">{t('tools.flags.openSource')}</Badge>}
      {tool.selfHostable && <Badge tone="success">{t('tools.flags.selfHostable')}</Badge>}
      {tool.hostedInEu && <Badge tone="success">{t('tools.flags.hostedInEu')}</Badge>}
    </p>
  );
}
