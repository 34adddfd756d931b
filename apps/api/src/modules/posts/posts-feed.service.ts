import { Inject, Injectable } from '@nestjs/common';
import type { PostFeedQuery } from '@open-spaces/contracts';
import { Feed } from 'feed';
import type { z } from 'zod';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { postErrors } from './posts.errors';
import { type PostListFilters, PostsRepository } from './posts.repository';

type FeedInput = z.output<typeof PostFeedQuery>;

export type FeedFormat = 'rss' | 'atom';

/** How many of the latest posts a feed carries. */
const FEED_SIZE = 50;

/**
 * Builds the public RSS 2.0 and Atom feeds of posts: the whole site, one organisation, one
 * topic or one person. A feed carries only what an anonymous visitor may read (public
 * audience, by a public profile or a public organisation, not hidden), with absolute
 * links under the configured public address. The feed of an owner that is not public
 * answers 404, like one that does not exist.
 */
@Injectable()
export class PostsFeedService {
  constructor(
    private readonly posts: PostsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async render(format: FeedFormat, query: FeedInput): Promise<string> {
    const base = this.config.publicUrl;
    const { title, filters, path } = await this.ownerOf(query);
    const rows = (await this.posts.findLatestPage(null, filters, undefined, FEED_SIZE)).slice(0, FEED_SIZE);
    const self = `${base}/api/posts/feed`;
    const search = new URLSearchParams(
      Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    ).toString();
    const suffix = search ? `?${search}` : '';
    const feed = new Feed({
      id: `${base}${path}`,
      title,
      link: `${base}${path}`,
      description: title,
      updated: rows[0]?.published_at ?? new Date(0),
      generator: 'Open Spaces',
      feedLinks: { rss: `${self}.rss${suffix}`, atom: `${self}.atom${suffix}` },
      copyright: 'The authors',
    });
    for (const row of rows) {
      const link = `${base}/news/${row.slug}`;
      const name = row.organisation_name ?? row.author_name;
      feed.addItem({
        title: row.title,
        id: link,
        guid: link,
        link,
        description: row.summary,
        date: row.edited_at ?? row.published_at ?? new Date(0),
        published: row.published_at ?? undefined,
        category: row.topics.map((topic) => ({ name: topic, term: topic })),
        author: name ? [{ name }] : undefined,
      });
    }
    return format === 'rss' ? feed.rss2() : feed.atom1();
  }

  private async ownerOf(
    query: FeedInput,
  ): Promise<{ title: string; filters: PostListFilters; path: string }> {
    const owners: ['topic' | 'organisation' | 'author', string | undefined, string][] = [
      ['organisation', query.organisation, `/organisations/${query.organisation}`],
      ['author', query.author, `/people/${query.author}`],
      ['topic', query.topic, `/news?topic=${query.topic}`],
    ];
    const filters: PostListFilters = {
      topic: query.topic,
      organisation: query.organisation,
      author: query.author,
    };
    const titles: string[] = [];
    for (const [kind, key] of owners) {
      if (key === undefined) continue;
      const owner = await this.posts.feedOwner(kind, key);
      if (owner?.visibility !== 'public') throw postErrors.feedNotFound();
      titles.push(owner.title);
    }
    const path = owners.find(([, key]) => key !== undefined)?.[2] ?? '/news';
    return { title: ['Open Spaces', ...titles].join(' · '), filters, path };
  }
}
