import type { ActivityAudience, ActivityObjectType, ActivityVerb } from '@open-spaces/contracts';

/** Raised once the transaction that recorded the activity has committed. */
export interface ActivityRecorded {
  /** The activity's id: a bigint as a decimal string, growing in commit order. */
  id: string;
  actorId: string;
  organisationId: string | null;
  verb: ActivityVerb;
  objectType: ActivityObjectType;
  objectId: string;
  topics: string[];
  countries: string[];
  audience: ActivityAudience;
  createdAt: Date;
}

declare module '../../common/events/domain-events' {
  interface DomainEventMap {
    'activity.recorded': ActivityRecorded;
  }
}
