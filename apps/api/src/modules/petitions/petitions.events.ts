/** Raised once a petition's count of confirmed signatures changed and committed. */
export interface PetitionSigned {
  petitionId: string;
  /** The member who signed; null for a visitor's confirmation. Live listeners in a block with them are left out. */
  actorId: string | null;
}

declare module '../../common/events/domain-events' {
  interface DomainEventMap {
    'petition.signed': PetitionSigned;
  }
}
