import { ParticipantPage } from '@open-spaces/contracts';
import { cursorPagesOptions } from '../../../lib/cursor-pages';

export const participantsQueryOptions = (id: string) =>
  cursorPagesOptions({
    queryKey: ['events', 'participants', id],
    path: `/api/events/${encodeURIComponent(id)}/participants`,
    schema: ParticipantPage,
    auth: true,
    limit: 50,
  });
