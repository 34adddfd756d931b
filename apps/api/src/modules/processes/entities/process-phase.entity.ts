import type { PhaseKind } from '@open-spaces/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One dated phase of a process and the actions it enables while it is on. */
@Entity({ name: 'process_phases' })
export class ProcessPhaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId: string;

  /** Order within the process, from 0. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  kind: PhaseKind;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'allows_proposing', type: 'boolean', default: false })
  allowsProposing: boolean;

  @Column({ name: 'allows_supporting', type: 'boolean', default: false })
  allowsSupporting: boolean;

  @Column({ name: 'allows_commenting', type: 'boolean', default: false })
  allowsCommenting: boolean;
}
