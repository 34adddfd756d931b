import { ToolUsagePage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

export const toolUsagesQueryOptions = (slug: string, signedIn: boolean) =>
  cursorPagesOptions({
    queryKey: ['tools', 'usages', slug, signedIn],
    path: `/api/tools/${encodeURIComponent(slug)}/usages`,
    schema: ToolUsagePage,
    auth: signedIn,
  });
