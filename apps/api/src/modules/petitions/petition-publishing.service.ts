import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Feed } from 'feed';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { summaryOf } from '../../common/markdown/summary';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { type CalendarEntry, CalendarSources } from '../calendar/calendar-sources';
import { renderCalendar } from '../calendar/ical';
import { visiblePetition } from './petition-access';
import { type PetitionRow, PetitionsRepository } from './petitions.repository';

/** How many of the newest petitions the feed carries. */
const FEED_SIZE = 50;

/**
 * Petitions in open formats: a petition's deadline as an iCalendar file, the deadlines of
 * the open petitions a person started or signed in their personal calendar feed, and the
 * public Atom and RSS feeds of new petitions, which carry only what an anonymous visitor
 * may read.
 */
@Injectable()
export class PetitionPublishingService implements OnModuleInit {
  constructor(
    private readonly petitions: PetitionsRepository,
    private readonly calendarSources: CalendarSources,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.calendarSources.register({
      entriesFor: async (userId) =>
        (await this.petitions.openPetitionsOf(userId)).map((row) => this.entry(row)),
    });
  }

  async deadlineCalendar(id: string, viewer: AuthUser | undefined): Promise<string> {
    const row = await visiblePetition(this.petitions, id, viewer);
    return renderCalendar(row.title, [this.entry(row)], this.config.publicUrl);
  }

  /** A petition's deadline as a moment in a calendar. */
  private entry(row: PetitionRow): CalendarEntry {
    return {
      uid: `petition-${row.id}`,
      summary: row.title,
      description: `${row.addressee}\n\n${summaryOf(row.text)}`,
      url: `${this.config.publicUrl}/petitions/${row.id}`,
      start: row.deadline,
      end: null,
      timeZone: 'UTC',
      location: null,
      status: 'confirmed',
      sequence: 0,
      lastModified: row.created_at,
    };
  }

  async feed(format: 'rss' | 'atom'): Promise<string> {
    const base = this.config.publicUrl;
    const rows = await this.petitions.findNewestPublic(FEED_SIZE);
    const self = `${base}/api/petitions/feed`;
    const feed = new Feed({
      id: `${base}/petitions`,
      title: 'Open Spaces · Petitions',
      link: `${base}/petitions`,
      description: 'New petitions on Open Spaces',
      updated: rows[0]?.opened_at ?? new Date(0),
      generator: 'Open Spaces',
      feedLinks: { rss: `${self}.rss`, atom: `${self}.atom` },
      copyright: 'The authors',
    });
    for (const row of rows) {
      const link = `${base}/petitions/${row.id}`;
      const name = row.organisation_name ?? (row.author_shown ? row.author_name : null);
      feed.addItem({
        title: row.title,
        id: link,
        guid: link,
        link,
        description: summaryOf(row.text),
        date: row.opened_at ?? row.created_at,
        published: row.opened_at ?? undefined,
        category: row.topics.map((topic) => ({ name: topic, term: topic })),
        author: name ? [{ name }] : undefined,
      });
    }
    return format === 'rss' ? feed.rss2() : feed.atom1();
  }
}
