import {
  canManageEvent,
  canPublishAs,
  canSeeOnlineLink,
  goingPlacement,
  placesToFill,
  rsvpRefusal,
} from './event-permissions';

const stranger = { isAuthor: false, organisationRole: null, siteAdmin: false };

describe('event permissions', () => {
  it.each([
    ['owner', true],
    ['admin', true],
    ['editor', true],
    ['member', false],
    [null, false],
  ] as const)('lets a %s publish as the organisation: %s', (role, allowed) => {
    expect(canPublishAs(role)).toBe(allowed);
  });

  it('lets the author, organisation editors+ and site admins manage, and no one else', () => {
    expect(canManageEvent({ ...stranger, isAuthor: true })).toBe(true);
    expect(canManageEvent({ ...stranger, organisationRole: 'editor' })).toBe(true);
    expect(canManageEvent({ ...stranger, siteAdmin: true })).toBe(true);
    expect(canManageEvent({ ...stranger, organisationRole: 'member' })).toBe(false);
    expect(canManageEvent(stranger)).toBe(false);
  });

  it('shows the online link to people going and to organisers only', () => {
    expect(canSeeOnlineLink(stranger, 'going')).toBe(true);
    expect(canSeeOnlineLink(stranger, 'interested')).toBe(false);
    expect(canSeeOnlineLink(stranger, 'waitlisted')).toBe(false);
    expect(canSeeOnlineLink(stranger, null)).toBe(false);
    expect(canSeeOnlineLink({ ...stranger, isAuthor: true }, null)).toBe(true);
  });
});

describe('RSVP rules', () => {
  const now = new Date('2027-05-01T12:00:00Z');
  const open = {
    status: 'scheduled' as const,
    startsAt: new Date('2027-05-02T10:00:00Z'),
    registrationDeadlineAt: null,
  };

  it('accepts an answer to a scheduled or postponed event that has not started', () => {
    expect(rsvpRefusal(open, now)).toBeNull();
    expect(rsvpRefusal({ ...open, status: 'postponed' }, now)).toBeNull();
    expect(
      rsvpRefusal({ ...open, registrationDeadlineAt: new Date('2027-05-01T13:00:00Z') }, now),
    ).toBeNull();
  });

  it('refuses cancelled events, started events and passed deadlines, in that order', () => {
    expect(rsvpRefusal({ ...open, status: 'cancelled', startsAt: new Date(0) }, now)).toBe('cancelled');
    expect(rsvpRefusal({ ...open, startsAt: now }, now)).toBe('ended');
    expect(rsvpRefusal({ ...open, registrationDeadlineAt: now }, now)).toBe('registration_closed');
  });

  it.each([
    [null, 500, null, 'going'],
    [10, 9, null, 'going'],
    [10, 10, null, 'waitlisted'],
    [10, 12, null, 'waitlisted'],
    [1, 1, 'going', 'going'],
    [1, 0, 'waitlisted', 'waitlisted'],
    [1, 1, 'interested', 'waitlisted'],
    [1, 0, 'interested', 'going'],
  ] as const)(
    'with capacity %s and %s going, a %s person asking to go becomes %s',
    (capacity, going, current, placed) => {
      expect(goingPlacement(capacity, going, current)).toBe(placed);
    },
  );

  it.each([
    [3, 2, 5, 1],
    [3, 3, 5, 0],
    [3, 4, 5, 0],
    [10, 2, 3, 3],
    [null, 7, 4, 4],
    [5, 1, 0, 0],
  ])('with capacity %s, %s going and %s waiting, fills %s places', (capacity, going, waiting, filled) => {
    expect(placesToFill(capacity, going, waiting)).toBe(filled);
  });
});
