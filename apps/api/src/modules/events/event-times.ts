import { DateTime } from 'luxon';

/** A wall-clock time in its zone, and the instant it means. */
export interface ZonedInstant {
  local: string;
  timeZone: string;
  at: Date;
}

const LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";

/**
 * The instant a local date-time means in an IANA zone, or null when that wall-clock time
 * never happens there (the hour skipped when clocks go forward). In the hour that repeats
 * when clocks go back, the earlier instant is taken, as calendars do.
 */
export function instantOf(local: string, timeZone: string): Date | null {
  const time = DateTime.fromISO(local, { zone: timeZone });
  if (!time.isValid) return null;
  if (time.toFormat(LOCAL_FORMAT) !== local) return null;
  // In a repeated hour the same wall-clock time also happened an hour earlier.
  const earlier = DateTime.fromMillis(time.toMillis() - 3_600_000, { zone: timeZone });
  return (earlier.toFormat(LOCAL_FORMAT) === local ? earlier : time).toJSDate();
}

/** The wall-clock time of an instant in a zone, as `2027-03-14T18:30`. */
export function localOf(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toFormat(LOCAL_FORMAT);
}

/**
 * The field errors of an event's times: a local time that does not exist, an end not after
 * its start, a registration deadline after the end or (given `now`) already passed.
 */
export function timeErrors(
  times: { start: string; end: string; timeZone: string; registrationDeadline: string | null },
  now: Date | null = null,
): { field: string; code: string; message: string }[] {
  const errors: { field: string; code: string; message: string }[] = [];
  const start = instantOf(times.start, times.timeZone);
  const end = instantOf(times.end, times.timeZone);
  const missing = (field: string) => ({
    field,
    code: 'nonexistent_local_time',
    message: `This time does not exist in ${times.timeZone}: the clocks skip it.`,
  });
  if (!start) errors.push(missing('start'));
  if (!end) errors.push(missing('end'));
  if (start && end && end.getTime() <= start.getTime()) {
    errors.push({ field: 'end', code: 'end_before_start', message: 'The end must be after the start.' });
  }
  if (times.registrationDeadline !== null) {
    const deadline = instantOf(times.registrationDeadline, times.timeZone);
    if (!deadline) errors.push(missing('registrationDeadline'));
    else if (end && deadline.getTime() > end.getTime()) {
      errors.push({
        field: 'registrationDeadline',
        code: 'deadline_after_end',
        message: 'Registration must close before the event ends.',
      });
    } else if (now && deadline.getTime() <= now.getTime()) {
      errors.push({
        field: 'registrationDeadline',
        code: 'deadline_passed',
        message: 'This registration deadline has already passed.',
      });
    }
  }
  return errors;
}
