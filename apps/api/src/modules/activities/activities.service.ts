import { Injectable } from '@nestjs/common';
import type { ActivityAudience, ActivityObjectType, ActivityVerb } from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainEvents } from '../../common/events/domain-events';
import type { ActivityRecorded } from './activities.events';
import { Activity } from './entities/activity.entity';

/** What a write tells the log about itself. */
export interface ActivityInput {
  actorId: string;
  organisationId?: string | null;
  verb: ActivityVerb;
  objectType: ActivityObjectType;
  objectId: string;
  topics?: string[];
  countries?: string[];
  audience: ActivityAudience;
}

/** Records activities inside the transaction it was handed to. */
export interface ActivityLog {
  record(input: ActivityInput): Promise<ActivityRecorded>;
}

/**
 * Writers of activities take this lock, held until their transaction ends, just before
 * inserting. Ids are then given in commit order, so a reader that has seen id N will
 * never later find a new row below N: "everything after N" is exact.
 */
const ACTIVITY_ORDER_LOCK = 7_413_101;

/**
 * Owns the append-only activity log. Content modules write through `write`: their rows
 * and the activities describing them commit together, and only then is each activity
 * announced as the `activity.recorded` domain event.
 */
@Injectable()
export class ActivitiesService {
  /**
   * The announcements of this process, in commit order: a write takes its place here while
   * it holds the ordering lock, so its place follows every earlier commit's, and it announces
   * only after the write before it has.
   */
  private lastAnnouncement: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Runs `work` in one transaction with a log to record activities in. Record them as the
   * transaction's last statements: the ordering lock is held from then until commit.
   */
  async write<T>(work: (tx: EntityManager, log: ActivityLog) => Promise<T>): Promise<T> {
    const recorded: ActivityRecorded[] = [];
    const turns: Turn[] = [];
    try {
      const result = await this.dataSource.transaction(async (tx) => {
        const log: ActivityLog = {
          record: async (input) => {
            const activity = await recordActivity(tx, input);
            if (turns.length === 0) turns.push(this.takeTurn());
            recorded.push(activity);
            return activity;
          },
        };
        return work(tx, log);
      });
      for (const turn of turns) await turn.previous;
      for (const activity of recorded) await this.events.emit('activity.recorded', activity);
      return result;
    } finally {
      // The next write's turn comes after this one's, announced or rolled back.
      for (const turn of turns) void turn.previous.then(turn.done);
    }
  }

  /** A place in the announcements: the one before it, and how to let the next one go. */
  private takeTurn(): Turn {
    const previous = this.lastAnnouncement;
    let done: () => void = () => undefined;
    this.lastAnnouncement = new Promise<void>((resolve) => {
      done = resolve;
    });
    return { previous, done };
  }
}

/** A write's place among the announcements. */
interface Turn {
  previous: Promise<void>;
  done: () => void;
}

async function recordActivity(tx: EntityManager, input: ActivityInput): Promise<ActivityRecorded> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [ACTIVITY_ORDER_LOCK]);
  const saved = await tx.getRepository(Activity).save(
    tx.getRepository(Activity).create({
      actorId: input.actorId,
      organisationId: input.organisationId ?? null,
      verb: input.verb,
      objectType: input.objectType,
      objectId: input.objectId,
      topics: input.topics ?? [],
      countries: input.countries ?? [],
      audience: input.audience,
    }),
  );
  return {
    id: String(saved.id),
    actorId: saved.actorId,
    organisationId: saved.organisationId,
    verb: saved.verb,
    objectType: saved.objectType,
    objectId: saved.objectId,
    topics: saved.topics,
    countries: saved.countries,
    audience: saved.audience,
    createdAt: saved.createdAt,
  };
}
