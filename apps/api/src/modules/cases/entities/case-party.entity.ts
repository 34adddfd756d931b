import { Column, Entity, PrimaryColumn } from 'typeorm';

export type CasePartyRole = 'organiser' | 'funder';

/**
 * An organiser or funder of a case, in the order the submitter gave. A linked organisation
 * keeps its name here too, so the case still names it if the organisation is deleted.
 */
@Entity({ name: 'case_parties' })
export class CasePartyEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ type: 'text' })
  role: CasePartyRole;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'text' })
  name: string;
}
