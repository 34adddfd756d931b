import { AuditPage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

export const auditQueryOptions = () =>
  cursorPagesOptions({
    queryKey: ['moderation', 'audit'],
    path: '/api/moderation/audit',
    schema: AuditPage,
    auth: true,
  });
