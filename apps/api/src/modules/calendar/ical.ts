import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarEntry } from './calendar-sources';

const STATUS: Record<CalendarEntry['status'], ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * An iCalendar document of the entries: each with its stable UID (`<uid>@<host>`),
 * SEQUENCE and LAST-MODIFIED, its times as DTSTART;TZID in the zone they were entered in,
 * and a VTIMEZONE for every zone used.
 */
export function renderCalendar(name: string, entries: CalendarEntry[], publicUrl: string): string {
  const host = new URL(publicUrl).host;
  const calendar = ical({
    name,
    prodId: { company: 'Open Spaces', product: 'calendar', language: 'EN' },
  });
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  for (const entry of entries) {
    const inZone = (at: Date) => DateTime.fromJSDate(at).setZone(entry.timeZone);
    calendar.createEvent({
      id: `${entry.uid}@${host}`,
      summary: entry.summary,
      description: entry.description,
      url: entry.url,
      start: inZone(entry.start),
      end: entry.end ? inZone(entry.end) : null,
      timezone: entry.timeZone,
      location: entry.location,
      status: STATUS[entry.status],
      sequence: entry.sequence,
      lastModified: entry.lastModified,
      stamp: entry.lastModified,
    });
  }
  return calendar.toString();
}
