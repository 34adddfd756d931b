import { CasePage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

export const submittedCasesQueryOptions = () =>
  cursorPagesOptions({
    queryKey: ['cases', 'submitted'],
    path: '/api/cases/submitted',
    schema: CasePage,
    auth: true,
  });
