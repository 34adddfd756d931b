import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Event, ParticipantPage, RsvpRequest } from '@open-spaces/contracts';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { DomainEvents } from '../../common/events/domain-events';
import { JobsService } from '../../common/jobs/jobs.service';
import { decodeTimeIdCursor, type PageRequest, toPage } from '../../common/pagination/cursor';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { MailService } from '../mail/mail.service';
import { toCsv } from './csv';
import { promotedMail } from './event.mail';
import { managedEvent, visibleEvent } from './event-access';
import { goingPlacement, placesToFill, type RsvpRefusal, rsvpRefusal } from './event-permissions';
import { toEvent } from './event-view';
import { eventErrors } from './events.errors';
import { TELL_PROMOTED_POLICY, type TellPromoted } from './events.jobs';
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
 * to the first waitlisted person in the same transaction. They get a notice row and, by an
 * `events.tell-promoted` job sent in that transaction, a mail in their language.
 * Organisers list and export participants (names and handles only).
 */
@Injectable()
export class EventRsvpsService implements OnModuleInit {
  constructor(
    private readonly events: EventsRepository,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly domainEvents: DomainEvents,
  ) {}

  /** The promotion mails are written with the job's completion, so a job run twice writes them once. */
  async onModuleInit(): Promise<void> {
    await this.jobs.handleInTransaction('events.tell-promoted', TELL_PROMOTED_POLICY, (promoted, tx) =>
      this.mailPromoted(promoted, tx),
    );
  }

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
      if (current === 'going') await this.fillFreePlaces(tx, id, event.sequence);
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
        await this.fillFreePlaces(tx, id, event.sequence);
      }
    });
    await this.attendanceChanged(id, viewer.id);
    return toEvent(await visibleEvent(this.events, id, viewer), viewer, this.storage, new Date());
  }

  /**
   * Gives the free places to the first waitlisted people, inside the caller's transaction
   * (which holds the event's row lock), records their notices and sends the job that mails
   * them, which exists only if the transaction commits.
   */
  async fillFreePlaces(tx: EntityManager, id: string, sequence: number): Promise<void> {
    const rows: { capacity: number | null; going: number; waitlisted: number }[] = await tx.query(
      `SELECT e.capacity,
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
    await this.events.recordNotices(tx, id, 'promoted', sequence, promoted);
    if (promoted.length > 0) {
      await this.jobs.send('events.tell-promoted', { eventId: id, userIds: promoted }, tx);
    }
  }

  /** Tells live listeners, after the commit, that the event's places changed. */
  async attendanceChanged(eventId: string, actorId: string): Promise<void> {
    await this.domainEvents.emit('event.attendance-changed', { eventId, actorId });
  }

  /** Mails each promoted person in their language, naming the event as it is called now. */
  private async mailPromoted({ eventId, userIds }: TellPromoted, tx: EntityManager): Promise<void> {
    const title = await this.events.title(tx, eventId);
    if (title === null) return;
    const link = `${this.config.publicUrl}/events/${eventId}`;
    for (const person of await this.events.recipients(tx, userIds)) {
      await this.mail.send(promotedMail(person.email, person.display_name, title, link, person.locale), tx);
    }
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
