/** How an event's time reads: in the event's zone, and in the viewer's when it differs. */
export interface EventTimeText {
  /** The date in the event's zone, e.g. "14 July 2027". */
  date: string;
  /** The wall-clock time in the event's zone, e.g. "18:30". */
  time: string;
  /** The same moment on the viewer's clock, or null when their zone shows the same time and date. */
  yours: string | null;
}

const clock = (locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
const day = (locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'long' });

export function eventTimeText(
  at: string,
  eventZone: string,
  viewerZone: string,
  locale: string,
): EventTimeText {
  const instant = new Date(at);
  const date = day(locale, eventZone).format(instant);
  const time = clock(locale, eventZone).format(instant);
  const yourTime = clock(locale, viewerZone).format(instant);
  const yourDate = day(locale, viewerZone).format(instant);
  const same = yourTime === time && yourDate === date;
  return {
    date,
    time,
    yours: same ? null : yourDate === date ? yourTime : `${yourDate}, ${yourTime}`,
  };
}

/** The zone the browser runs in. */
export const viewerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** An IANA zone's city, readable: "America/New_York" is "New York". */
export const zoneCity = (zone: string): string => (zone.split('/').at(-1) ?? zone).replaceAll('_', ' ');
