import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type {
  CreateEventRequest,
  Event,
  EventDirectoryQuery,
  EventPage,
  UpdateEventRequest,
} from '@open-spaces/contracts';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { renderMarkdown } from '../../common/markdown/markdown';
import { decodeTimeIdCursor, toPage } from '../../common/pagination/cursor';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { ActivitiesService } from '../activities/activities.service';
import { CalendarSources } from '../calendar/calendar-sources';
import { ModerationTargets } from '../moderation/moderation-targets';
import { Notifier } from '../notifications/notifier';
import { OrganisationsService } from '../organisations/organisations.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { EventEntity } from './entities/event.entity';
import { managedEvent, visibleEvent } from './event-access';
import { eventEntries } from './event-calendar';
import { canPublishAs } from './event-permissions';
import { EventRsvpsService } from './event-rsvps.service';
import { instantOf, timeErrors } from './event-times';
import { toEvent, toEventSummary } from './event-view';
import { eventErrors } from './events.errors';
import { EventsRepository } from './events.repository';

type CreateInput = z.output<typeof CreateEventRequest>;
type UpdateInput = z.output<typeof UpdateEventRequest>;
type DirectoryInput = z.output<typeof EventDirectoryQuery>;

/**
 * Owns events: publishing them as a person or an organisation, their page and directory,
 * and changes. Moving an event (time, zone, format, place, link) or changing its status
 * raises its `sequence`, records an activity and notifies everyone going or waitlisted;
 * cancelling is final. An event the viewer may not see answers 404, like one that does not
 * exist. Also registers events as a moderation target and as a calendar source.
 */
@Injectable()
export class EventsService implements OnModuleInit {
  constructor(
    private readonly events: EventsRepository,
    private readonly organisations: OrganisationsService,
    private readonly rsvps: EventRsvpsService,
    private readonly activities: ActivitiesService,
    private readonly taxonomy: TaxonomyService,
    private readonly moderationTargets: ModerationTargets,
    private readonly calendarSources: CalendarSources,
    private readonly notifier: Notifier,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.moderationTargets.register({
      type: 'event',
      describe: async (id) => {
        const event = await this.events.describe(id);
        return event && { title: event.title, authorId: event.author_id, path: `/events/${id}` };
      },
      setHidden: (id, hidden) => this.events.setHidden(id, hidden?.reason ?? null),
    });
    this.calendarSources.register({
      entriesFor: async (userId) =>
        eventEntries(await this.events.goingEventsOf(userId), this.config.publicUrl, true),
    });
  }

  async create(author: AuthUser, input: CreateInput): Promise<Event> {
    let organisationId: string | null = null;
    if (input.organisation) {
      const organisation = await this.organisations.roleOf(input.organisation, author.id);
      if (!organisation) throw eventErrors.organisationNotFound();
      if (!canPublishAs(organisation.role)) throw eventErrors.cannotPublishAs();
      organisationId = organisation.id;
    } else if (input.audience === 'organisation') {
      throw eventErrors.invalidFields([
        {
          field: 'audience',
          code: 'organisation_required',
          message: 'Only organisation events have this audience.',
        },
      ]);
    }
    this.assertTimes(input, true);
    await this.assertKnownValues(input, []);
    const id = await this.activities.write(async (tx, log) => {
      const repository = tx.getRepository(EventEntity);
      const saved = await repository.save(
        repository.create({
          authorId: author.id,
          organisationId,
          title: input.title,
          description: input.description,
          descriptionHtml: renderMarkdown(input.description),
          ...timesOf(input),
          ...placeOf(input),
          topics: input.topics,
          language: input.language,
          capacity: input.capacity,
          audience: input.audience,
        }),
      );
      await log.record({
        actorId: author.id,
        organisationId,
        verb: 'published',
        objectType: 'event',
        objectId: saved.id,
        topics: saved.topics,
        countries: saved.venueCountry ? [saved.venueCountry] : [],
        audience: saved.audience,
      });
      return saved.id;
    });
    return this.get(id, author);
  }

  /** The event's places taken and waited for; the caller has checked who may know. */
  attendance(id: string): Promise<{ going: number; waitlisted: number }> {
    return this.events.attendance(id);
  }

  async get(id: string, viewer: AuthUser | undefined): Promise<Event> {
    return toEvent(await visibleEvent(this.events, id, viewer), viewer, this.storage, new Date());
  }

  async directory(viewer: AuthUser | undefined, query: DirectoryInput): Promise<EventPage> {
    const rows = await this.events.findDirectoryPage(
      viewer?.id ?? null,
      query,
      decodeTimeIdCursor(query.after),
      query.limit,
    );
    return toPage(
      rows,
      query.limit,
      (row) => toEventSummary(row, this.storage),
      (row) => [row.cursor_at, row.id],
    );
  }

  async update(id: string, viewer: AuthUser, input: UpdateInput): Promise<Event> {
    const current = await managedEvent(this.events, id, viewer);
    if (current.status === 'cancelled') throw eventErrors.cancelled();
    if (input.audience === 'organisation' && !current.organisation_id) {
      throw eventErrors.invalidFields([
        {
          field: 'audience',
          code: 'organisation_required',
          message: 'Only organisation events have this audience.',
        },
      ]);
    }
    const merged = {
      timeZone: input.timeZone ?? current.time_zone,
      start: input.start ?? current.starts_local,
      end: input.end ?? current.ends_local,
      registrationDeadline:
        input.registrationDeadline === undefined
          ? current.registration_deadline_local
          : input.registrationDeadline,
      format: input.format ?? current.format,
      venue:
        input.venue === undefined
          ? current.venue_name && current.venue_address && current.venue_city && current.venue_country
            ? {
                name: current.venue_name,
                address: current.venue_address,
                city: current.venue_city,
                country: current.venue_country,
              }
            : null
          : input.venue,
      onlineUrl: input.onlineUrl === undefined ? current.online_url : input.onlineUrl,
    };
    const placeErrors = [
      ...(merged.format !== 'online' && !merged.venue
        ? [{ field: 'venue', code: 'required', message: 'In-person and hybrid events need a venue.' }]
        : []),
      ...(merged.format !== 'in_person' && !merged.onlineUrl
        ? [{ field: 'onlineUrl', code: 'required', message: 'Online and hybrid events need an online link.' }]
        : []),
    ];
    if (placeErrors.length > 0) throw eventErrors.invalidFields(placeErrors);
    this.assertTimes(merged, input.registrationDeadline !== undefined);
    await this.assertKnownValues(input, current.topics);

    const times = timesOf(merged);
    const place = placeOf(merged);
    const moved =
      times.startsLocal !== current.starts_local ||
      times.endsLocal !== current.ends_local ||
      times.timeZone !== current.time_zone ||
      place.format !== current.format ||
      place.venueName !== current.venue_name ||
      place.venueAddress !== current.venue_address ||
      place.venueCity !== current.venue_city ||
      place.venueCountry !== current.venue_country ||
      place.onlineUrl !== current.online_url;
    const statusChanged = input.status !== undefined && input.status !== current.status;
    // Back to scheduled after a postponement is news for participants too.
    const verb = statusChanged
      ? input.status === 'scheduled'
        ? 'updated'
        : input.status
      : moved
        ? 'updated'
        : null;

    await this.activities.write(async (tx, log) => {
      const locked = await this.events.lock(tx, id);
      if (!locked) throw eventErrors.notFound();
      if (locked.status === 'cancelled') throw eventErrors.cancelled();
      const sequence = locked.sequence + (moved || statusChanged ? 1 : 0);
      const changes: Partial<EventEntity> = {
        ...times,
        ...place,
        sequence,
        ...(input.title !== undefined && { title: input.title }),
        ...(input.description !== undefined && {
          description: input.description,
          descriptionHtml: renderMarkdown(input.description),
        }),
        ...(input.topics !== undefined && { topics: input.topics }),
        ...(input.language !== undefined && { language: input.language }),
        ...(input.capacity !== undefined && { capacity: input.capacity }),
        ...(input.audience !== undefined && { audience: input.audience }),
        ...(input.status !== undefined && { status: input.status }),
      };
      await tx.getRepository(EventEntity).update(id, changes);
      if (input.capacity !== undefined && input.status !== 'cancelled') {
        await this.rsvps.fillFreePlaces(tx, id);
      }
      if (verb) {
        await this.notifyParticipants(tx, viewer, current, changes.title ?? current.title, verb);
        await log.record({
          actorId: viewer.id,
          organisationId: current.organisation_id,
          verb,
          objectType: 'event',
          objectId: id,
          topics: changes.topics ?? current.topics,
          countries: place.venueCountry ? [place.venueCountry] : [],
          audience: changes.audience ?? current.audience,
        });
      }
    });
    if (input.capacity !== undefined || input.status !== undefined)
      await this.rsvps.attendanceChanged(id, viewer.id);
    return this.get(id, viewer);
  }

  /** Tells everyone going or waitlisted, in the change's transaction, what became of the event. */
  private async notifyParticipants(
    tx: EntityManager,
    organiser: AuthUser,
    event: { id: string; organisation_id: string | null },
    title: string,
    verb: 'updated' | 'postponed' | 'cancelled',
  ): Promise<void> {
    const participants = await this.events.participantIds(tx, event.id);
    await this.notifier.notify(
      tx,
      participants.map((userId) => ({
        userId,
        kind: verb === 'cancelled' ? 'event_cancelled' : 'event_changed',
        actorId: organiser.id,
        organisationId: event.organisation_id,
        subject: { type: 'event', id: event.id, title, path: `/events/${event.id}` },
        ...(verb !== 'cancelled' && { details: { change: verb } }),
      })),
    );
  }

  /** Checks the times; a deadline that is being set may not have passed already. */
  private assertTimes(
    times: { start: string; end: string; timeZone: string; registrationDeadline: string | null },
    newDeadline: boolean,
  ): void {
    const errors = timeErrors(times, newDeadline ? new Date() : null);
    if (errors.length > 0) throw eventErrors.invalidFields(errors);
  }

  private assertKnownValues(
    input: { topics?: string[]; language?: string; venue?: { country: string } | null },
    currentTopics: string[],
  ): Promise<void> {
    return this.taxonomy.assertFields({
      topics: { kind: 'topic', value: input.topics, current: currentTopics },
      language: { kind: 'language', value: input.language },
      'venue.country': { kind: 'country', value: input.venue?.country },
    });
  }
}

/** The stored times of checked input (`timeErrors` found none). */
function timesOf(input: {
  start: string;
  end: string;
  timeZone: string;
  registrationDeadline: string | null;
}) {
  const instant = (local: string) => instantOf(local, input.timeZone) as Date;
  return {
    timeZone: input.timeZone,
    startsLocal: input.start,
    endsLocal: input.end,
    startsAt: instant(input.start),
    endsAt: instant(input.end),
    registrationDeadlineLocal: input.registrationDeadline,
    registrationDeadlineAt: input.registrationDeadline === null ? null : instant(input.registrationDeadline),
  };
}

/** Only what the format uses is kept: no venue for online events, no link for in-person ones. */
function placeOf(input: {
  format: EventEntity['format'];
  venue: { name: string; address: string; city: string; country: string } | null;
  onlineUrl: string | null;
}) {
  const venue = input.format === 'online' ? null : input.venue;
  return {
    format: input.format,
    venueName: venue?.name ?? null,
    venueAddress: venue?.address ?? null,
    venueCity: venue?.city ?? null,
    venueCountry: venue?.country ?? null,
    onlineUrl: input.format === 'in_person' ? null : input.onlineUrl,
  };
}
