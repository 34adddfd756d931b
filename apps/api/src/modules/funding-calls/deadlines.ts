import type { DeadlineModel, FundingCallStatus } from '@open-spaces/contracts';
import { DateTime } from 'luxon';

/**
 * Turning the wall-clock times a funder enters into instants, and deriving a call's
 * state from those instants at a given moment. The API stores each deadline's instant
 * next to what was entered, so SQL and this file decide "open" and "closed" the same way.
 */

export interface LocalTime {
  local: string;
  timeZone: string;
}

export interface DatedDeadline extends LocalTime {
  label: string;
  at: Date;
}

/**
 * The instant a local date-time means in its zone, or null when that wall-clock time
 * does not exist there (the hour skipped when clocks go forward). A time that happens
 * twice (clocks go back) means its second occurrence, the later one, which never cuts
 * an applicant's time short.
 */
export function instantOf({ local, timeZone }: LocalTime): Date | null {
  const parsed = DateTime.fromISO(local, { zone: timeZone });
  if (!parsed.isValid) return null;
  if (parsed.toFormat("yyyy-MM-dd'T'HH:mm") !== local) return null;
  return parsed.toJSDate();
}

/** The wall-clock time of an instant in a zone, `2027-03-01T00:00`. */
export function localTimeOf(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** What status and next deadline depend on: the opening and the deadlines' instants. */
export interface CallDates {
  deadlineModel: DeadlineModel;
  opensAt: Date | null;
  deadlines: readonly DatedDeadline[];
}

/** The first deadline still ahead at `now`: for a two-stage call, the next stage. */
export function nextDeadline(call: CallDates, now: Date): DatedDeadline | null {
  let next: DatedDeadline | null = null;
  for (const deadline of call.deadlines) {
    if (deadline.at.getTime() > now.getTime() && (next === null || deadline.at < next.at)) next = deadline;
  }
  return next;
}

/**
 * Forthcoming before the opening, closed once the last deadline has passed (a deadline
 * is over at its exact minute), open otherwise. A rolling call has no deadline and stays
 * open.
 */
export function statusAt(call: CallDates, now: Date): FundingCallStatus {
  if (call.opensAt !== null && call.opensAt.getTime() > now.getTime()) return 'forthcoming';
  if (call.deadlineModel === 'rolling' || call.deadlines.length === 0) return 'open';
  return nextDeadline(call, now) === null ? 'closed' : 'open';
}

/** The last deadline's instant, or null for a rolling call: the stored `closes_at`. */
export function closingInstant(deadlines: readonly { at: Date }[]): Date | null {
  if (deadlines.length === 0) return null;
  return new Date(Math.max(...deadlines.map((deadline) => deadline.at.getTime())));
}
