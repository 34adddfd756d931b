/** Raised once a support or its withdrawal has committed. */
export interface IdeaSupportsChanged {
  processId: string;
  ideaId: string;
  supportsCount: number;
  /** Who supported or withdrew: live listeners leave out the people in a block with them. */
  actorId: string;
}

/** Raised once a new idea has committed. */
export interface IdeaProposed {
  processId: string;
  ideaId: string;
  /** Who proposed it: live listeners leave out the people in a block with them. */
  actorId: string;
}

declare module '../../common/events/domain-events' {
  interface DomainEventMap {
    'idea.proposed': IdeaProposed;
    'idea.supports-changed': IdeaSupportsChanged;
  }
}
