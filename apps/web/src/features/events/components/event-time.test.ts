import { describe, expect, it } from 'vitest';
import { eventTimeText, zoneCity } from './event-time';

describe('event times for a viewer', () => {
  it('shows the viewer’s time beside the event’s when the zones differ', () => {
    expect(eventTimeText('2027-07-14T17:30:00Z', 'Europe/Lisbon', 'Europe/Berlin', 'en-GB')).toEqual({
      date: '14 July 2027',
      time: '18:30',
      yours: '19:30',
    });
  });

  it('leaves the viewer’s time out when it is the same', () => {
    expect(eventTimeText('2027-07-14T17:30:00Z', 'Europe/Lisbon', 'Europe/London', 'en-GB').yours).toBeNull();
  });

  it('names the viewer’s date when it is another day', () => {
    expect(eventTimeText('2027-07-14T22:30:00Z', 'Europe/Lisbon', 'Asia/Tokyo', 'en-GB')).toEqual({
      date: '14 July 2027',
      time: '23:30',
      yours: '15 July 2027, 07:30',
    });
  });

  it('writes times in the reader’s language', () => {
    expect(eventTimeText('2027-07-14T17:30:00Z', 'Europe/Paris', 'Europe/Paris', 'de').date).toBe(
      '14. Juli 2027',
    );
  });

  it('reads a zone’s city', () => {
    expect(zoneCity('America/New_York')).toBe('New York');
    expect(zoneCity('UTC')).toBe('UTC');
  });
});
