import { EditableOrganisationPage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

/** The organisations the viewer may publish and save calls for. */
export const fundingOrganisationsQueryOptions = () =>
  cursorPagesOptions({
    queryKey: ['funding-calls', 'my-organisations'],
    path: '/api/me/funding-organisations',
    schema: EditableOrganisationPage,
    auth: true,
    limit: 100,
  });
