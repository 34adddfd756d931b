import { instantOf, localOf, timeErrors } from './event-times';

describe('event times', () => {
  it.each([
    ['2027-03-14T18:30', 'Europe/Lisbon', '2027-03-14T18:30:00.000Z'],
    ['2027-07-14T18:30', 'Europe/Lisbon', '2027-07-14T17:30:00.000Z'],
    ['2027-01-10T09:00', 'Europe/Berlin', '2027-01-10T08:00:00.000Z'],
    ['2027-06-10T09:00', 'Europe/Berlin', '2027-06-10T07:00:00.000Z'],
    ['2027-06-10T09:00', 'UTC', '2027-06-10T09:00:00.000Z'],
    ['2027-06-10T09:00', 'America/New_York', '2027-06-10T13:00:00.000Z'],
    ['2027-06-10T09:00', 'Asia/Kolkata', '2027-06-10T03:30:00.000Z'],
  ])('reads %s in %s as %s', (local, zone, iso) => {
    expect(instantOf(local, zone)?.toISOString()).toBe(iso);
  });

  it.each([
    ['2027-03-28T02:30', 'Europe/Berlin'],
    ['2027-03-28T01:15', 'Europe/Lisbon'],
    ['2027-03-14T02:00', 'America/New_York'],
  ])('finds that %s never happens in %s', (local, zone) => {
    expect(instantOf(local, zone)).toBeNull();
  });

  it('takes the earlier instant in the hour that repeats when clocks go back', () => {
    expect(instantOf('2027-10-31T02:30', 'Europe/Berlin')?.toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('turns an instant back into the wall-clock time of a zone', () => {
    const at = new Date('2027-07-14T17:30:00Z');
    expect(localOf(at, 'Europe/Lisbon')).toBe('2027-07-14T18:30');
    expect(localOf(at, 'Europe/Helsinki')).toBe('2027-07-14T20:30');
  });

  const valid = {
    start: '2027-05-01T10:00',
    end: '2027-05-01T12:00',
    timeZone: 'Europe/Paris',
    registrationDeadline: null,
  };

  it('accepts an end after the start', () => {
    expect(timeErrors(valid)).toEqual([]);
  });

  it('refuses an end at or before the start', () => {
    expect(timeErrors({ ...valid, end: '2027-05-01T10:00' }).map((e) => e.field)).toEqual(['end']);
    expect(timeErrors({ ...valid, end: '2027-04-30T12:00' }).map((e) => e.code)).toEqual([
      'end_before_start',
    ]);
  });

  it('names each field whose time falls in a gap', () => {
    const errors = timeErrors({
      start: '2027-03-28T02:15',
      end: '2027-03-28T02:45',
      timeZone: 'Europe/Paris',
      registrationDeadline: '2027-03-28T02:05',
    });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['start', 'nonexistent_local_time'],
      ['end', 'nonexistent_local_time'],
      ['registrationDeadline', 'nonexistent_local_time'],
    ]);
  });

  it('refuses a registration deadline after the end', () => {
    expect(timeErrors({ ...valid, registrationDeadline: '2027-05-02T09:00' })[0]?.field).toBe(
      'registrationDeadline',
    );
    expect(timeErrors({ ...valid, registrationDeadline: '2027-04-30T09:00' })).toEqual([]);
  });

  it('refuses a registration deadline that has passed, when asked to check it', () => {
    const now = new Date('2027-04-30T08:00:00Z');
    const early = { ...valid, registrationDeadline: '2027-04-30T09:00' };
    expect(timeErrors(early, now).map((e) => e.code)).toEqual(['deadline_passed']);
    expect(timeErrors(early, new Date('2027-04-30T06:00:00Z'))).toEqual([]);
    expect(timeErrors(early)).toEqual([]);
  });
});
