import type { Phase, PhaseAction, Process, ProcessSummary } from '@open-spaces/contracts';
import { actionWindow, answerStatesOf, isOn, type PhaseDates, processStatus } from './process-phases';
import type { PhaseRow, ProcessRow, ProcessSummaryRow } from './processes.repository';

/** The actions a stored phase enables. */
export function actionsOf(row: PhaseRow): PhaseAction[] {
  return [
    ...(row.allows_proposing ? (['propose'] as const) : []),
    ...(row.allows_supporting ? (['support'] as const) : []),
    ...(row.allows_commenting ? (['comment'] as const) : []),
  ];
}

export function phaseDatesOf(rows: readonly PhaseRow[]): PhaseDates[] {
  return rows.map((row) => ({
    kind: row.kind,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    actions: actionsOf(row),
  }));
}

export function toProcessSummary(row: ProcessSummaryRow, now: Date): ProcessSummary {
  return {
    id: row.id,
    title: row.title,
    organisation: { slug: row.organisation_slug, name: row.organisation_name },
    topics: row.topics,
    scope: row.scope,
    languages: row.languages,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    status: processStatus(row.starts_at, row.ends_at, now),
    ideaCount: row.idea_count,
    createdAt: row.created_at.toISOString(),
  };
}

export function toProcess(
  row: ProcessRow,
  phases: readonly PhaseRow[],
  canOrganise: boolean,
  now: Date,
): Process {
  const dates = phaseDatesOf(phases);
  const timeline: Phase[] = dates.map((phase) => ({
    kind: phase.kind,
    startsAt: phase.startsAt.toISOString(),
    endsAt: phase.endsAt.toISOString(),
    actions: phase.actions,
    current: isOn(phase, now),
  }));
  return {
    ...toProcessSummary(row, now),
    description: row.description,
    descriptionHtml: row.description_html,
    phases: timeline,
    ideaLimit: row.idea_limit,
    supportLimit: row.support_limit,
    supportThreshold: row.support_threshold,
    answerStates: answerStatesOf(row.answer_states),
    customAnswerStates: row.answer_states,
    windows: {
      propose: actionWindow(dates, 'propose', now),
      support: actionWindow(dates, 'support', now),
      comment: actionWindow(dates, 'comment', now),
    },
    mine: { ideas: row.my_ideas, supports: row.my_supports },
    canOrganise,
  };
}
