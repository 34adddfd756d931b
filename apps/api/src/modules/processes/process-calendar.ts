import type { CalendarEntry } from '../calendar/calendar-sources';
import type { PhaseRow } from './processes.repository';

/** What a process's calendar needs of its row. */
export interface ProcessCalendarRow {
  id: string;
  title: string;
  updated_at: Date;
}

/**
 * One calendar entry per phase, named after the process and the phase ("Climate fund:
 * ideas"). Phases are kept as instants, so they are written in UTC. A phase's UID is its
 * position, so a calendar replaces its copy when the organiser moves the dates.
 */
export function phaseEntries(
  process: ProcessCalendarRow,
  phases: readonly PhaseRow[],
  phaseName: (kind: PhaseRow['kind']) => string,
  publicUrl: string,
): CalendarEntry[] {
  return phases.map((phase) => ({
    uid: `process-${process.id}-phase-${phase.position}`,
    summary: `${process.title}: ${phaseName(phase.kind)}`,
    description: '',
    url: `${publicUrl}/processes/${process.id}`,
    start: phase.starts_at,
    end: phase.ends_at,
    timeZone: 'UTC',
    location: null,
    status: 'confirmed',
    // Phases have no revision counter; the seconds of the last change grow with every change.
    sequence: Math.floor(process.updated_at.getTime() / 1000),
    lastModified: process.updated_at,
  }));
}

/** The phases' names as a calendar shows them, in English like the feed's titles. */
export const PHASE_NAMES: Record<PhaseRow['kind'], string> = {
  information: 'information',
  ideas: 'ideas',
  supports: 'supports',
  evaluation: 'evaluation',
  results: 'results',
};
