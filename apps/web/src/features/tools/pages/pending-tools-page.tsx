import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DirectoryResults } from '../../../components/directory/directory-results';
import { PageHeader } from '../../../components/ui/page-header';
import { toolsQueryOptions } from '../api/get-tools';
import { ToolCard } from '../components/tool-card';
import '../components/tools.css';

/** Proposed tools waiting for review; moderators open each one to approve or reject it. */
export function PendingToolsPage() {
  const { t } = useTranslation();
  const tools = useInfiniteQuery(toolsQueryOptions({}, true, 'pending'));
  return (
    <>
      <PageHeader title={t('tools.pendingTitle')} lead={t('tools.pendingLead')} />
      <DirectoryResults
        id="pending-tools"
        query={tools}
        itemKey={(tool) => tool.slug}
        renderItem={(tool) => <ToolCard tool={tool} />}
        emptyIcon="tool"
        emptyTitle={t('tools.pendingEmpty')}
        filtered={false}
        onClearFilters={() => undefined}
      />
    </>
  );
}
