import type { AuthUser } from '../../common/auth/current-user.decorator';
import { canManageEvent } from './event-permissions';
import { actorOf } from './event-view';
import { eventErrors } from './events.errors';
import type { EventRow, EventsRepository } from './events.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The event if the viewer may see it; 404 otherwise, also for ids that are not uuids. */
export async function visibleEvent(
  events: EventsRepository,
  id: string,
  viewer: AuthUser | undefined,
): Promise<EventRow> {
  if (!UUID.test(id)) throw eventErrors.notFound();
  const row = await events.findForViewer(id, viewer?.id ?? null);
  if (!row) throw eventErrors.notFound();
  return row;
}

/** The event for one of its organisers: 404 if the viewer may not see it, 403 if not an organiser. */
export async function managedEvent(
  events: EventsRepository,
  id: string,
  viewer: AuthUser,
): Promise<EventRow> {
  const row = await visibleEvent(events, id, viewer);
  if (!canManageEvent(actorOf(row, viewer))) throw eventErrors.cannotManage();
  return row;
}
