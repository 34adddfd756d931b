import { Inject, Injectable } from '@nestjs/common';
import type { Event, ParticipantPage, RsvpRequest } from '@open-spaces/contracts';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { DomainEvents } from '../../common/events/domain-events';
import { decodeTimeIdCursor, type PageRequest, toPage } from '../../common/pagination/cursor';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { toCsv } from '../../common/text/csv';
import { Notifier } from '../notifications/notifier';
import { managedEvent, visibleEvent } from './event-access';
import { goingPlacement, placesToFill, type RsvpRefusal, rsvpRefusal } from './event-permissions';
import { toEvent } from './event-view';
import { eventErrors } from './events.errors';
import { EventsRepository, type LockedEvent } from './events.repository';

type RsvpInput = z.output<typeof RsvpRequest>;

const REFUSALS: Record<RsvpRefusal, () => Error> = {
  cancelled: eventErrors.cancelled,
  ended: eventErrors.ended,
  registration_closed: eventErrors.registrationClosed,
};

/**
 * Owns RSVPs and the waitlist. Every change to one event's answers runs under its row
 * lock: "going" beyond the capacity lands on the waitlist, and a place that frees up goes
 * to the first waitlisted person in the same transaction, which also notifies them
 * (`waitlist_promoted`, mailed at once unless they chose otherwise).
 * Organisers list and export participants (names and handles only).
 */
@Injectable()
export class EventRsvpsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly notifier: Notifier,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly domainEvents: DomainEvents,
  ) {}

  async answer(id: string, viewer: AuthUser, input: RsvpInput): Promise<Event> {
    await visibleEvent(this.events, id, viewer);
    await this.events.transaction(async (tx) => {
      const event = await this.lockOpen(tx, id);
      const current = await this.events.rsvpOf(tx, id, viewer.id);
      if (input.state === 'going') {
        const { going } = await this.events.attendance(id, tx);
        await this.events.setRsvp(tx, id, viewer.id, goingPlacement(event.capacity, going, current));
        return;
      }
      await this.events.setRsvp(tx, id, viewer.id, 'interested');
      if (current === 'going') await this.fillFreePlaces(tx, id);
    });
    await this.attendanceChanged(id, viewer.id);
    return toEvent(await visibleEvent(this.events, id, viewer), viewer, this.storage, new Date());
  }

  /** Withdraws the answer; a freed place goes to the first on the waitlist. */
  async withdraw(id: string, viewer: AuthUser): Promise<Event> {
    await visibleEvent(this.events, id, viewer);
    await this.events.transaction(async (tx) => {
      const event = await this.events.lock(tx, id);
      if (!event) throw eventErrors.notFound();
      const previous = await this.events.removeRsvp(tx, id, viewer.id);
      if (previous === 'going' && event.status !== 'cancelled') {
        await this.fillFreePlaces(tx, id);
      }
    });
    await this.attendanceChanged(id, viewer.id);
    return toEvent(await visibleEvent(this.events, id, viewer), viewer, this.storage, new Date());
  }

  /**
   * Gives the free places to the first waitlisted people, inside the caller's transaction
   * (which holds the event's row lock) and notifies them there: the notifications exist
   * exactly when the places are theirs. No one is named as having freed the place.
   */
  async fillFreePlaces(tx: EntityManager, id: string): Promise<void> {
    const rows: {
      title: string;
      organisation_id: string | null;
      capacity: number | null;
      going: number;
      waitlisted: number;
    }[] = await tx.query(
      `SELECT e.title, e.organisation_id, e.capacity,
              count(*) FILTER (WHERE r.state = 'going')::int AS going,
              count(*) FILTER (WHERE r.state = 'waitlisted')::int AS waitlisted
         FROM events e LEFT JOIN event_rsvps r ON r.event_id = e.id
        WHERE e.id = $1 GROUP BY e.id`,
      [id],
    );
    const row = rows[0];
    if (!row) return;
    const promoted = await this.events.promoteFromWaitlist(
      tx,
      id,
      placesToFill(row.capacity, row.going, row.waitlisted),
    );
    await this.notifier.notify(
      tx,
      promoted.map((userId) => ({
        userId,
        kind: 'waitlist_promoted',
        organisationId: row.organisation_id,
        subject: { type: 'event', id, title: row.title, path: `/events/${id}` },
      })),
    );
  }

  /** Tells live listeners, after the commit, that the event's places changed. */
  async attendanceChanged(eventId: string, actorId: string): Promise<void> {
    await this.domainEvents.emit('event.attendance-changed', { eventId, actorId });
  }

  async participants(id: string, viewer: AuthUser, page: PageRequest): Promise<ParticipantPage> {
    await managedEvent(this.events, id, viewer);
    const rows = await this.events.participants(id, decodeTimeIdCursor(page.after), page.limit);
    return toPage(
      rows,
      page.limit,
      (row) => ({
        handle: row.handle,
        displayName: row.display_name,
        state: row.state,
        waitlistPosition: row.waitlist_position,
        since: row.state_at.toISOString(),
      }),
      (row) => [row.cursor_at, row.user_id],
    );
  }

  /** Everyone who answered, as CSV: names, handles and their answer, never addresses. */
  async participantsCsv(id: string, viewer: AuthUser): Promise<string> {
    await managedEvent(this.events, id, viewer);
    const rows = await this.events.participants(id, undefined, 'all');
    return toCsv(
      ['name', 'handle', 'state', 'waitlist_position'],
      rows.map((row) => [row.display_name, row.handle, row.state, row.waitlist_position?.toString() ?? '']),
    );
  }

  private async lockOpen(tx: EntityManager, id: string): Promise<LockedEvent> {
    const event = await this.events.lock(tx, id);
    if (!event) throw eventErrors.notFound();
    const refusal = rsvpRefusal(
      {
        status: event.status,
        startsAt: event.starts_at,
        registrationDeadlineAt: event.registration_deadline_at,
      },
      new Date(),
    );
    if (refusal) throw REFUSALS[refusal]();
    return event;
  }
}
