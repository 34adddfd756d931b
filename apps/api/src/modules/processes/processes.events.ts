/** Raised once a support or its withdrawal has committed. */
export interface IdeaSupportsChanged {
  processId: string;
  ideaId: string;
  supportsCount: number;
  /** Who supported or withdrew: live listeners leave out the people in a block with them. */
  actorId: string;
}

declare module '../../common/events/domain-events' {
  interface DomainEventMap {
    'idea.supports-changed': IdeaSupportsChanged;
  }
}
