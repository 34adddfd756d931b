import {
  type ActionWindow,
  BUILT_IN_ANSWER_STATES,
  type PhaseAction,
  type PhaseInput,
  type Process,
} from '@open-spaces/contracts';
import type { TFunction } from 'i18next';
import { formatDate } from '../../../lib/format';
import type { Message } from '../../../lib/messages';

/**
 * Why an action is not possible now, in words: "Proposing opens on 12 March" or "Proposing
 * has closed"; null while it is open.
 */
export function closedMessage(action: PhaseAction, window: ActionWindow): Message | null {
  if (window.open) return null;
  if (window.opensAt)
    return { key: `processes.closed.${action}.opens`, values: { date: formatDate(window.opensAt) } };
  return { key: `processes.closed.${action}.over` };
}

/** A date input's value (`2027-03-12`) for an ISO instant, read in the viewer's own zone. */
export function dateInputValue(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The start of a date input's day in the viewer's zone, as an ISO instant; null when not a date. */
export function dayStart(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A phase as the form edits it: whole days, the end day included. */
export interface PhaseDraft {
  kind: PhaseInput['kind'];
  from: string;
  to: string;
  actions: PhaseAction[];
}

/** The request's phases: each runs from the start of its first day to the end of its last one. */
export function phasesOf(drafts: readonly PhaseDraft[]): PhaseInput[] {
  return drafts.map((draft) => {
    const start = dayStart(draft.from);
    const lastDay = dayStart(draft.to);
    const end = lastDay ? new Date(new Date(lastDay).getTime() + 24 * 60 * 60 * 1000).toISOString() : '';
    return { kind: draft.kind, startsAt: start ?? '', endsAt: end, actions: draft.actions };
  });
}

/** The form's phases for a process being edited: its last day is the day before its end instant. */
export function draftsOf(phases: Process['phases']): PhaseDraft[] {
  return phases.map((phase) => ({
    kind: phase.kind,
    from: dateInputValue(phase.startsAt),
    to: dateInputValue(new Date(new Date(phase.endsAt).getTime() - 1).toISOString()),
    actions: phase.actions,
  }));
}

/** The phases a new consultation starts with: information, ideas, supports, evaluation, results. */
export function defaultDrafts(today: Date): PhaseDraft[] {
  const day = (offset: number) => {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset);
    return dateInputValue(date.toISOString());
  };
  return [
    { kind: 'information', from: day(0), to: day(6), actions: ['comment'] },
    { kind: 'ideas', from: day(7), to: day(27), actions: ['propose', 'comment'] },
    { kind: 'supports', from: day(28), to: day(41), actions: ['support', 'comment'] },
    { kind: 'evaluation', from: day(42), to: day(55), actions: [] },
    { kind: 'results', from: day(56), to: day(89), actions: [] },
  ];
}

/** An answer state in words: the built-in ones translated, an organiser's own as they wrote it. */
export function answerStateLabel(t: TFunction, state: string): string {
  return (BUILT_IN_ANSWER_STATES as readonly string[]).includes(state)
    ? t(`processes.answerStates.${state}`)
    : state.replace(/_/g, ' ');
}
