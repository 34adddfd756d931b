import type { ActionWindow, PhaseAction, PhaseKind, ProcessStatus } from '@open-spaces/contracts';

/** A phase as the rules read it. */
export interface PhaseDates {
  kind: PhaseKind;
  startsAt: Date;
  endsAt: Date;
  actions: PhaseAction[];
}

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** Upcoming before the start, active until the end, past after it. */
export function processStatus(startsAt: Date, endsAt: Date, now: Date): ProcessStatus {
  if (now.getTime() < startsAt.getTime()) return 'upcoming';
  if (now.getTime() < endsAt.getTime()) return 'active';
  return 'past';
}

/** Whether a phase is on at `now`: from its start, up to but not including its end. */
export function isOn(phase: { startsAt: Date; endsAt: Date }, now: Date): boolean {
  return phase.startsAt.getTime() <= now.getTime() && now.getTime() < phase.endsAt.getTime();
}

/** Whether `action` is allowed now and, if not, when the next phase allowing it starts. */
export function actionWindow(phases: readonly PhaseDates[], action: PhaseAction, now: Date): ActionWindow {
  const enabling = phases.filter((phase) => phase.actions.includes(action));
  if (enabling.some((phase) => isOn(phase, now))) return { open: true, opensAt: null };
  const next = enabling
    .filter((phase) => phase.startsAt.getTime() > now.getTime())
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  return { open: false, opensAt: next ? next.startsAt.toISOString() : null };
}

/**
 * What is wrong with a process's phases: each must end after it starts, and they follow
 * each other in the order given without overlapping (a gap between them is fine).
 */
export function phaseErrors(phases: readonly PhaseDates[]): FieldError[] {
  const errors: FieldError[] = [];
  phases.forEach((phase, index) => {
    if (phase.endsAt.getTime() <= phase.startsAt.getTime()) {
      errors.push({
        field: `phases.${index}.endsAt`,
        code: 'before_start',
        message: 'A phase ends after it starts.',
      });
    }
    const previous = phases[index - 1];
    if (previous && phase.startsAt.getTime() < previous.endsAt.getTime()) {
      errors.push({
        field: `phases.${index}.startsAt`,
        code: 'overlaps',
        message: 'A phase starts once the one before it has ended.',
      });
    }
    if (new Set(phase.actions).size !== phase.actions.length) {
      errors.push({ field: `phases.${index}.actions`, code: 'duplicate', message: 'Name each action once.' });
    }
  });
  return errors;
}

/** The span of the process: from the first phase's start to the last one's end. */
export function processSpan(phases: readonly PhaseDates[]): { startsAt: Date; endsAt: Date } {
  const starts = phases.map((phase) => phase.startsAt.getTime());
  const ends = phases.map((phase) => phase.endsAt.getTime());
  return { startsAt: new Date(Math.min(...starts)), endsAt: new Date(Math.max(...ends)) };
}

/** Every answer state a process admits: the built-in ones, then the organiser's own. */
export function answerStatesOf(custom: readonly string[]): string[] {
  const builtIn = ['evaluating', 'accepted', 'rejected'];
  return [...builtIn, ...custom.filter((state) => !builtIn.includes(state))];
}

/** Successful once the supports reach the threshold; never without a threshold. */
export function isSuccessful(supportsCount: number, threshold: number | null): boolean {
  return threshold !== null && supportsCount >= threshold;
}

/** Why the author may no longer edit an idea, or null while they may. */
export function ideaEditRefusal(idea: { supportsCount: number; answered: boolean }): 'idea_locked' | null {
  return idea.supportsCount > 0 || idea.answered ? 'idea_locked' : null;
}
