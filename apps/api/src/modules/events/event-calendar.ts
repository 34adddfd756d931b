import type { CalendarEntry } from '../calendar/calendar-sources';

/** What an event's calendar entry needs of its row. */
export interface EventCalendarRow {
  id: string;
  title: string;
  description: string;
  time_zone: string;
  starts_at: Date;
  ends_at: Date;
  status: 'scheduled' | 'postponed' | 'cancelled';
  sequence: number;
  updated_at: Date;
  venue_name: string | null;
  venue_address: string | null;
  venue_city: string | null;
  venue_country: string | null;
  online_url?: string | null;
}

/**
 * Events as calendar entries: a postponed event is tentative, a cancelled one cancelled.
 * The online link is added only for people going (`withOnlineLink`), as on the event page.
 */
export function eventEntries(
  rows: EventCalendarRow[],
  publicUrl: string,
  withOnlineLink = false,
): CalendarEntry[] {
  return rows.map((row) => ({
    uid: `event-${row.id}`,
    summary: row.title,
    description:
      withOnlineLink && row.online_url ? `${row.online_url}\n\n${row.description}` : row.description,
    url: `${publicUrl}/events/${row.id}`,
    start: row.starts_at,
    end: row.ends_at,
    timeZone: row.time_zone,
    location: row.venue_name
      ? [row.venue_name, row.venue_address, row.venue_city, row.venue_country].filter(Boolean).join(', ')
      : null,
    status: row.status === 'cancelled' ? 'cancelled' : row.status === 'postponed' ? 'tentative' : 'confirmed',
    sequence: row.sequence,
    lastModified: row.updated_at,
  }));
}
