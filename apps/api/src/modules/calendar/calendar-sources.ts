import { Injectable } from '@nestjs/common';

/** One entry of a personal calendar: an event someone goes to, a saved call's deadline. */
export interface CalendarEntry {
  /** Stable across changes: `<kind>-<id>`; the feed adds `@<host>`. */
  uid: string;
  summary: string;
  description: string;
  /** Absolute link to the page in the web client. */
  url: string;
  start: Date;
  /** Null for a moment such as a deadline. */
  end: Date | null;
  /** The IANA zone the times were entered in; the calendar shows them in it. */
  timeZone: string;
  location: string | null;
  status: 'confirmed' | 'tentative' | 'cancelled';
  /** Grows with every material change, so calendars replace their copy. */
  sequence: number;
  lastModified: Date;
}

/** A module that contributes entries to people's personal calendar feeds. */
export interface CalendarSource {
  entriesFor(userId: string): Promise<CalendarEntry[]>;
}

/** The registered calendar sources; modules add theirs at start-up (`onModuleInit`). */
@Injectable()
export class CalendarSources {
  private readonly sources: CalendarSource[] = [];

  register(source: CalendarSource): void {
    this.sources.push(source);
  }

  async entriesFor(userId: string): Promise<CalendarEntry[]> {
    const lists = await Promise.all(this.sources.map((source) => source.entriesFor(userId)));
    return lists.flat().sort((a, b) => a.start.getTime() - b.start.getTime());
  }
}
