import { CasePage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

export const myCasesQueryOptions = () =>
  cursorPagesOptions({ queryKey: ['cases', 'mine'], path: '/api/cases/mine', schema: CasePage, auth: true });
