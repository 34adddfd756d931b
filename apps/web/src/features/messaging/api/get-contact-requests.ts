import { type ContactRequestBox, ContactRequestPage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

/** The requests the person received or sent, newest first, a page at a time. */
export const contactRequestsQueryOptions = (box: ContactRequestBox) =>
  cursorPagesOptions({
    queryKey: ['contact-requests', box],
    path: '/api/contact-requests',
    params: { box },
    schema: ContactRequestPage,
    auth: true,
  });
