/** Raised once a change to an event's places (an answer, a withdrawal, a new capacity) has committed. */
export interface EventAttendanceChanged {
  eventId: string;
  /** Who changed it: live listeners leave out the people in a block with them. */
  actorId: string;
}

declare module '../../common/events/domain-events' {
  interface DomainEventMap {
    'event.attendance-changed': EventAttendanceChanged;
  }
}
