import { Inject, Injectable } from '@nestjs/common';
import { Feed } from 'feed';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { renderCalendar } from '../calendar/ical';
import { PHASE_NAMES, phaseEntries } from './process-calendar';
import { ProcessesRepository } from './processes.repository';
import { ProcessesService } from './processes.service';

/** The newest consultations an Atom feed lists. */
const FEED_SIZE = 50;

/**
 * Consultations in open formats: a process's phases as iCalendar (one VEVENT per phase),
 * and an Atom feed of the newest consultations anyone may see, with absolute links under
 * the configured public address.
 */
@Injectable()
export class ProcessPublishingService {
  constructor(
    private readonly processes: ProcessesService,
    private readonly repository: ProcessesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async calendar(id: string, viewer: AuthUser | undefined): Promise<string> {
    const { process, phases } = await this.processes.access(id, viewer);
    const entries = phaseEntries(process, phases, (kind) => PHASE_NAMES[kind], this.config.publicUrl);
    return renderCalendar(process.title, entries, this.config.publicUrl);
  }

  async atom(): Promise<string> {
    const base = this.config.publicUrl;
    const rows = (await this.repository.findPage(null, {}, undefined, FEED_SIZE)).slice(0, FEED_SIZE);
    const feed = new Feed({
      id: `${base}/processes`,
      title: 'Open Spaces: consultations',
      link: `${base}/processes`,
      description: 'New consultations by organisations on Open Spaces',
      updated: rows[0]?.created_at ?? new Date(0),
      generator: 'Open Spaces',
      feedLinks: { atom: `${base}/api/processes/feed.atom` },
      copyright: 'The organisations',
    });
    for (const row of rows) {
      const link = `${base}/processes/${row.id}`;
      feed.addItem({
        title: row.title,
        id: link,
        link,
        date: row.created_at,
        published: row.created_at,
        category: row.topics.map((topic) => ({ name: topic, term: topic })),
        author: [{ name: row.organisation_name }],
      });
    }
    return feed.atom1();
  }
}
