/** Raised once a ballot's checkout has committed: the budget's count of ballots grew. */
export interface BallotCheckedOut {
  budgetId: string;
  /** Who voted: live listeners leave out the people in a block with them. */
  voterId: string;
}

declare module '../../common/events/domain-events' {
  interface DomainEventMap {
    'budget.ballot-checked-out': BallotCheckedOut;
  }
}
