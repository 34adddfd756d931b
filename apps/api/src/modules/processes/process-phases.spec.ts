import {
  actionWindow,
  answerStatesOf,
  ideaEditRefusal,
  isOn,
  isSuccessful,
  type PhaseDates,
  phaseErrors,
  processSpan,
  processStatus,
} from './process-phases';

const at = (iso: string) => new Date(iso);

const phases: PhaseDates[] = [
  { kind: 'information', startsAt: at('2027-03-01T00:00Z'), endsAt: at('2027-03-12T00:00Z'), actions: [] },
  {
    kind: 'ideas',
    startsAt: at('2027-03-12T00:00Z'),
    endsAt: at('2027-04-01T00:00Z'),
    actions: ['propose', 'comment'],
  },
  {
    kind: 'supports',
    startsAt: at('2027-04-05T00:00Z'),
    endsAt: at('2027-04-20T00:00Z'),
    actions: ['support', 'comment'],
  },
];

describe('processStatus', () => {
  const starts = at('2027-03-01T00:00Z');
  const ends = at('2027-04-20T00:00Z');

  it.each([
    ['2027-02-28T23:59Z', 'upcoming'],
    ['2027-03-01T00:00Z', 'active'],
    ['2027-04-19T23:59Z', 'active'],
    ['2027-04-20T00:00Z', 'past'],
    ['2028-01-01T00:00Z', 'past'],
  ])('at %s it is %s', (now, status) => {
    expect(processStatus(starts, ends, at(now))).toBe(status);
  });
});

describe('isOn', () => {
  it('includes the start and excludes the end', () => {
    const phase = phases[1] as PhaseDates;
    expect(isOn(phase, at('2027-03-12T00:00Z'))).toBe(true);
    expect(isOn(phase, at('2027-04-01T00:00Z'))).toBe(false);
  });
});

describe('actionWindow', () => {
  it('is open while a phase enabling the action is on', () => {
    expect(actionWindow(phases, 'propose', at('2027-03-20T00:00Z'))).toEqual({ open: true, opensAt: null });
  });

  it('names when the action opens before its phase', () => {
    expect(actionWindow(phases, 'propose', at('2027-03-05T00:00Z'))).toEqual({
      open: false,
      opensAt: '2027-03-12T00:00:00.000Z',
    });
  });

  it('names the next phase in a gap between two phases enabling the action', () => {
    expect(actionWindow(phases, 'comment', at('2027-04-02T00:00Z'))).toEqual({
      open: false,
      opensAt: '2027-04-05T00:00:00.000Z',
    });
  });

  it('has no opening once every phase enabling it has ended', () => {
    expect(actionWindow(phases, 'support', at('2027-05-01T00:00Z'))).toEqual({ open: false, opensAt: null });
  });

  it('has no opening for an action no phase enables', () => {
    expect(actionWindow(phases.slice(0, 1), 'support', at('2027-02-01T00:00Z'))).toEqual({
      open: false,
      opensAt: null,
    });
  });
});

describe('phaseErrors', () => {
  it('accepts phases that follow each other, with or without a gap', () => {
    expect(phaseErrors(phases)).toEqual([]);
  });

  it('refuses a phase that ends before it starts', () => {
    const backwards: PhaseDates[] = [
      { kind: 'ideas', startsAt: at('2027-03-02T00:00Z'), endsAt: at('2027-03-01T00:00Z'), actions: [] },
    ];
    expect(phaseErrors(backwards)).toEqual([
      expect.objectContaining({ field: 'phases.0.endsAt', code: 'before_start' }),
    ]);
  });

  it('refuses a phase that starts before the previous one ends', () => {
    const overlapping: PhaseDates[] = [
      { kind: 'ideas', startsAt: at('2027-03-01T00:00Z'), endsAt: at('2027-03-10T00:00Z'), actions: [] },
      { kind: 'supports', startsAt: at('2027-03-09T00:00Z'), endsAt: at('2027-03-20T00:00Z'), actions: [] },
    ];
    expect(phaseErrors(overlapping)).toEqual([
      expect.objectContaining({ field: 'phases.1.startsAt', code: 'overlaps' }),
    ]);
  });

  it('refuses an action named twice', () => {
    const repeated: PhaseDates[] = [
      {
        kind: 'ideas',
        startsAt: at('2027-03-01T00:00Z'),
        endsAt: at('2027-03-10T00:00Z'),
        actions: ['propose', 'propose'],
      },
    ];
    expect(phaseErrors(repeated)).toEqual([
      expect.objectContaining({ field: 'phases.0.actions', code: 'duplicate' }),
    ]);
  });
});

describe('processSpan', () => {
  it('runs from the first start to the last end', () => {
    expect(processSpan(phases)).toEqual({
      startsAt: at('2027-03-01T00:00Z'),
      endsAt: at('2027-04-20T00:00Z'),
    });
  });
});

describe('answerStatesOf', () => {
  it('puts the built-in states first and drops repeats of them', () => {
    expect(answerStatesOf(['merged', 'accepted', 'in_progress'])).toEqual([
      'evaluating',
      'accepted',
      'rejected',
      'merged',
      'in_progress',
    ]);
  });
});

describe('isSuccessful', () => {
  it.each([
    [0, null, false],
    [500, null, false],
    [9, 10, false],
    [10, 10, true],
    [11, 10, true],
  ])('%i supports with threshold %s is %s', (count, threshold, expected) => {
    expect(isSuccessful(count, threshold)).toBe(expected);
  });
});

describe('ideaEditRefusal', () => {
  it('lets the author edit an idea nobody supported or answered', () => {
    expect(ideaEditRefusal({ supportsCount: 0, answered: false })).toBeNull();
  });

  it('locks an idea once supported', () => {
    expect(ideaEditRefusal({ supportsCount: 1, answered: false })).toBe('idea_locked');
  });

  it('locks an idea once answered', () => {
    expect(ideaEditRefusal({ supportsCount: 0, answered: true })).toBe('idea_locked');
  });
});
