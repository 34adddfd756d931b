import {
  canManagePetition,
  canStartAs,
  exportRow,
  isSuccessful,
  milestonesCrossed,
  milestoneThreshold,
  normaliseEmail,
  requiredState,
} from './petition-rules';

describe('who manages a petition', () => {
  it('lets editors, admins and owners start petitions as their organisation', () => {
    expect(canStartAs('owner')).toBe(true);
    expect(canStartAs('admin')).toBe(true);
    expect(canStartAs('editor')).toBe(true);
    expect(canStartAs('member')).toBe(false);
    expect(canStartAs(null)).toBe(false);
  });

  it('is the author or an editor and above of its organisation', () => {
    expect(canManagePetition({ isAuthor: true, organisationRole: null })).toBe(true);
    expect(canManagePetition({ isAuthor: false, organisationRole: 'editor' })).toBe(true);
    expect(canManagePetition({ isAuthor: false, organisationRole: 'member' })).toBe(false);
    expect(canManagePetition({ isAuthor: false, organisationRole: null })).toBe(false);
  });
});

describe('the moves of a petition', () => {
  it.each([
    ['draft', 'edit', null],
    ['draft', 'open', null],
    ['draft', 'sign', 'open'],
    ['draft', 'close', 'open'],
    ['draft', 'deliver', 'closed'],
    ['open', 'sign', null],
    ['open', 'close', null],
    ['open', 'edit', 'draft'],
    ['open', 'open', 'draft'],
    ['open', 'deliver', 'closed'],
    ['closed', 'deliver', null],
    ['closed', 'sign', 'open'],
    ['closed', 'close', 'open'],
    ['delivered', 'deliver', 'closed'],
    ['delivered', 'sign', 'open'],
  ] as const)('from %s, %s needs %s', (state, move, needed) => {
    expect(requiredState(state, move)).toBe(needed);
  });
});

describe('milestones', () => {
  it('rounds thresholds up and never to zero', () => {
    expect(milestoneThreshold(100, 25)).toBe(25);
    expect(milestoneThreshold(10, 25)).toBe(3);
    expect(milestoneThreshold(1, 25)).toBe(1);
    expect(milestoneThreshold(3, 50)).toBe(2);
    expect(milestoneThreshold(7, 100)).toBe(7);
  });

  it('finds each milestone crossed by one more signature', () => {
    expect(milestonesCrossed(24, 25, 100)).toEqual([25]);
    expect(milestonesCrossed(25, 26, 100)).toEqual([]);
    expect(milestonesCrossed(49, 50, 100)).toEqual([50]);
    expect(milestonesCrossed(99, 100, 100)).toEqual([100]);
    expect(milestonesCrossed(100, 101, 100)).toEqual([]);
  });

  it('crosses every milestone at once on a goal of one', () => {
    expect(milestonesCrossed(0, 1, 1)).toEqual([25, 50, 100]);
  });

  it('crosses each milestone exactly once over a whole count', () => {
    for (const goal of [1, 2, 3, 4, 7, 10, 99, 1000]) {
      const crossed = Array.from({ length: goal + 5 }, (_, i) => milestonesCrossed(i, i + 1, goal)).flat();
      expect(crossed).toEqual([25, 50, 100]);
    }
  });
});

describe('success', () => {
  it('is decided by the count when the petition closed', () => {
    expect(isSuccessful(null, 10)).toBeNull();
    expect(isSuccessful(9, 10)).toBe(false);
    expect(isSuccessful(10, 10)).toBe(true);
    expect(isSuccessful(11, 10)).toBe(true);
  });
});

describe('addresses', () => {
  it('compares addresses trimmed and lower-cased', () => {
    expect(normaliseEmail('  Ana.Alves@Example.ORG ')).toBe('ana.alves@example.org');
  });
});

describe('the export row', () => {
  const signature = {
    name: 'Ana Alves',
    email: 'ana@example.org',
    country: 'PT',
    confirmedAt: new Date('2026-12-01T10:00:00Z'),
  };

  it('gives only the date when the signer shared nothing', () => {
    expect(exportRow({ ...signature, showName: false, shareContact: false })).toEqual([
      '2026-12-01T10:00:00.000Z',
      '',
      '',
      '',
    ]);
  });

  it('gives the name of a shown signer, but not their address', () => {
    expect(exportRow({ ...signature, showName: true, shareContact: false })).toEqual([
      '2026-12-01T10:00:00.000Z',
      'Ana Alves',
      '',
      '',
    ]);
  });

  it('gives name, address and country to the author when the signer shared them', () => {
    expect(exportRow({ ...signature, showName: false, shareContact: true })).toEqual([
      '2026-12-01T10:00:00.000Z',
      'Ana Alves',
      'ana@example.org',
      'PT',
    ]);
    expect(exportRow({ ...signature, country: null, showName: true, shareContact: true })[3]).toBe('');
  });
});
