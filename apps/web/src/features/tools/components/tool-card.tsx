import type { ToolSummary } from '@open-spaces/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ToolFlags } from './tool-flags';

export function ToolCard({ tool }: { tool: ToolSummary }) {
  const { t } = useTranslation();
  return (
    <article className="directory-card">
      <div className="directory-card__body">
        <h2 className="directory-card__title">
          <Link to={`/tools/${tool.slug}`} className="directory-card__link">
            {tool.name}
          </Link>
        </h2>
        <ToolFlags tool={tool} />
        <p className="directory-card__meta">{t('tools.usedBy', { count: tool.usedByCount })}</p>
      </div>
    </article>
  );
}
