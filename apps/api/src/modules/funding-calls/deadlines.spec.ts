import { type CallDates, closingInstant, instantOf, localTimeOf, nextDeadline, statusAt } from './deadlines';

const at = (iso: string) => new Date(iso);
const deadline = (label: string, local: string, timeZone = 'Europe/Brussels') => {
  const instant = instantOf({ local, timeZone });
  if (!instant) throw new Error(`${local} does not exist in ${timeZone}`);
  return { label, local, timeZone, at: instant };
};

describe('instantOf', () => {
  it.each([
    ['2027-03-01T00:00', 'Europe/Brussels', '2027-02-28T23:00:00.000Z'],
    ['2027-03-01T00:00', 'Europe/Lisbon', '2027-03-01T00:00:00.000Z'],
    ['2027-07-01T12:00', 'Europe/Brussels', '2027-07-01T10:00:00.000Z'],
    ['2027-07-01T12:00', 'Europe/Lisbon', '2027-07-01T11:00:00.000Z'],
    ['2027-12-31T23:59', 'Europe/Helsinki', '2027-12-31T21:59:00.000Z'],
    ['2027-06-15T09:30', 'UTC', '2027-06-15T09:30:00.000Z'],
    ['2027-01-10T17:00', 'America/New_York', '2027-01-10T22:00:00.000Z'],
  ])('reads %s in %s as %s', (local, timeZone, expected) => {
    expect(instantOf({ local, timeZone })?.toISOString()).toBe(expected);
  });

  it('refuses the hour skipped when Brussels moves its clocks forward', () => {
    expect(instantOf({ local: '2027-03-28T02:30', timeZone: 'Europe/Brussels' })).toBeNull();
  });

  it('accepts the same wall-clock time in Lisbon, which moves an hour earlier', () => {
    expect(instantOf({ local: '2027-03-28T02:30', timeZone: 'Europe/Lisbon' })?.toISOString()).toBe(
      '2027-03-28T01:30:00.000Z',
    );
  });

  it('reads the hour that happens twice when clocks go back as its second occurrence, the later of the two', () => {
    expect(instantOf({ local: '2027-10-31T02:30', timeZone: 'Europe/Brussels' })?.toISOString()).toBe(
      '2027-10-31T01:30:00.000Z',
    );
  });

  it('refuses a date that does not exist', () => {
    expect(instantOf({ local: '2027-02-29T10:00', timeZone: 'Europe/Brussels' })).toBeNull();
  });

  it('refuses an unknown zone', () => {
    expect(instantOf({ local: '2027-02-20T10:00', timeZone: 'Europe/Atlantis' })).toBeNull();
  });
});

describe('localTimeOf', () => {
  it('writes an instant as the wall-clock time of a zone', () => {
    expect(localTimeOf(at('2027-02-28T23:30:00Z'), 'Europe/Lisbon')).toBe('2027-02-28T23:30');
    expect(localTimeOf(at('2027-02-28T23:30:00Z'), 'Europe/Brussels')).toBe('2027-03-01T00:30');
  });
});

describe('statusAt and nextDeadline', () => {
  const single: CallDates = {
    deadlineModel: 'single_stage',
    opensAt: at('2027-01-15T09:00:00Z'),
    deadlines: [deadline('Deadline', '2027-03-01T00:00')],
  };

  it('is forthcoming before the opening', () => {
    expect(statusAt(single, at('2027-01-15T08:59:00Z'))).toBe('forthcoming');
  });

  it('is open from the opening minute', () => {
    expect(statusAt(single, at('2027-01-15T09:00:00Z'))).toBe('open');
  });

  it('is open with no opening date until the deadline', () => {
    expect(statusAt({ ...single, opensAt: null }, at('2020-01-01T00:00:00Z'))).toBe('open');
  });

  it('has closed at 23:30 Lisbon time on the eve of a midnight Brussels deadline', () => {
    const lisbonEve = instantOf({ local: '2027-02-28T23:30', timeZone: 'Europe/Lisbon' }) as Date;
    expect(statusAt(single, lisbonEve)).toBe('closed');
    expect(nextDeadline(single, lisbonEve)).toBeNull();
  });

  it('is still open at 22:59 Lisbon time on that eve', () => {
    const lisbon = instantOf({ local: '2027-02-28T22:59', timeZone: 'Europe/Lisbon' }) as Date;
    expect(statusAt(single, lisbon)).toBe('open');
  });

  it('closes at the exact minute of the deadline', () => {
    expect(statusAt(single, at('2027-02-28T22:59:59.999Z'))).toBe('open');
    expect(statusAt(single, at('2027-02-28T23:00:00Z'))).toBe('closed');
  });

  it('keeps a midnight Lisbon deadline open at 00:30 Brussels time', () => {
    const call: CallDates = {
      ...single,
      deadlines: [deadline('Deadline', '2027-03-01T00:00', 'Europe/Lisbon')],
    };
    const brussels = instantOf({ local: '2027-03-01T00:30', timeZone: 'Europe/Brussels' }) as Date;
    expect(statusAt(call, brussels)).toBe('open');
  });

  it('uses summer time for a deadline after the clocks went forward', () => {
    const call: CallDates = { ...single, deadlines: [deadline('Deadline', '2027-03-28T17:00')] };
    expect(statusAt(call, at('2027-03-28T14:30:00Z'))).toBe('open');
    expect(statusAt(call, at('2027-03-28T15:00:00Z'))).toBe('closed');
  });

  it('uses winter time for a deadline after the clocks went back', () => {
    const call: CallDates = { ...single, deadlines: [deadline('Deadline', '2027-10-31T17:00')] };
    expect(statusAt(call, at('2027-10-31T15:30:00Z'))).toBe('open');
    expect(statusAt(call, at('2027-10-31T16:00:00Z'))).toBe('closed');
  });

  describe('a two-stage call', () => {
    const twoStage: CallDates = {
      deadlineModel: 'two_stage',
      opensAt: null,
      deadlines: [deadline('Stage 1', '2027-03-01T17:00'), deadline('Stage 2', '2027-06-01T17:00')],
    };

    it('counts stage 1 as the next deadline before it passes', () => {
      expect(nextDeadline(twoStage, at('2027-02-01T00:00:00Z'))?.label).toBe('Stage 1');
    });

    it('counts stage 2 once stage 1 has passed, and stays open', () => {
      const now = at('2027-03-02T00:00:00Z');
      expect(nextDeadline(twoStage, now)?.label).toBe('Stage 2');
      expect(statusAt(twoStage, now)).toBe('open');
    });

    it('closes after stage 2', () => {
      expect(statusAt(twoStage, at('2027-06-01T15:00:00Z'))).toBe('closed');
    });
  });

  describe('a call with cut-offs', () => {
    const cutoffs: CallDates = {
      deadlineModel: 'multiple_cutoffs',
      opensAt: null,
      deadlines: [
        deadline('Cut-off 3', '2027-09-15T12:00'),
        deadline('Cut-off 1', '2027-03-15T12:00'),
        deadline('Cut-off 2', '2027-06-15T12:00'),
      ],
    };

    it('finds the nearest future cut-off whatever their order', () => {
      expect(nextDeadline(cutoffs, at('2027-01-01T00:00:00Z'))?.label).toBe('Cut-off 1');
      expect(nextDeadline(cutoffs, at('2027-04-01T00:00:00Z'))?.label).toBe('Cut-off 2');
      expect(nextDeadline(cutoffs, at('2027-07-01T00:00:00Z'))?.label).toBe('Cut-off 3');
    });

    it('closes after the last cut-off', () => {
      expect(statusAt(cutoffs, at('2027-09-15T10:00:00Z'))).toBe('closed');
    });

    it('closes at the last cut-off', () => {
      expect(closingInstant(cutoffs.deadlines)?.toISOString()).toBe('2027-09-15T10:00:00.000Z');
    });
  });

  describe('a rolling call', () => {
    const rolling: CallDates = {
      deadlineModel: 'rolling',
      opensAt: at('2027-01-01T00:00:00Z'),
      deadlines: [],
    };

    it('has no next deadline and stays open', () => {
      expect(nextDeadline(rolling, at('2040-01-01T00:00:00Z'))).toBeNull();
      expect(statusAt(rolling, at('2040-01-01T00:00:00Z'))).toBe('open');
      expect(closingInstant(rolling.deadlines)).toBeNull();
    });

    it('is forthcoming before it opens', () => {
      expect(statusAt(rolling, at('2026-12-31T00:00:00Z'))).toBe('forthcoming');
    });
  });
});
