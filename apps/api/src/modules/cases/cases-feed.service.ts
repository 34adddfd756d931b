import { Inject, Injectable } from '@nestjs/common';
import { Feed } from 'feed';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { CasesRepository } from './cases.repository';

/** How many of the newest cases the feed carries. */
const FEED_SIZE = 50;

/**
 * The Atom feed of newly published cases, as an anonymous visitor may read them, with
 * absolute links under the configured public address.
 */
@Injectable()
export class CasesFeedService {
  constructor(
    private readonly cases: CasesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async atom(): Promise<string> {
    const base = this.config.publicUrl;
    const rows = (await this.cases.findListedPage(null, {}, undefined, FEED_SIZE)).slice(0, FEED_SIZE);
    const feed = new Feed({
      id: `${base}/cases`,
      title: 'Open Spaces · Participation cases',
      link: `${base}/cases`,
      description: 'Newly published cases of participation and crowdsourcing',
      updated: rows[0]?.published_at ?? new Date(0),
      generator: 'Open Spaces',
      feedLinks: { atom: `${base}/api/cases/feed.atom` },
      copyright: 'The authors',
    });
    for (const row of rows) {
      const link = `${base}/cases/${row.id}`;
      feed.addItem({
        title: row.title,
        id: link,
        link,
        description: row.summary,
        date: row.published_at ?? new Date(0),
        published: row.published_at ?? undefined,
        category: [
          ...row.methods.map((method) => ({ name: method, term: method })),
          ...row.topics.map((topic) => ({ name: topic, term: topic })),
        ],
      });
    }
    return feed.atom1();
  }
}
