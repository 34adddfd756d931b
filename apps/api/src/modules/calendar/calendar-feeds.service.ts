import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CalendarFeed } from '@open-spaces/contracts';
import { Repository } from 'typeorm';
import { commonErrors } from '../../common/errors/app.exception';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { CalendarSources } from './calendar-sources';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';
import { renderCalendar } from './ical';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Owns personal calendar feeds: one secret address per person that calendar apps
 * subscribe to, rendering every registered CalendarSource for them. Only the token's hash
 * is stored, so the address is shown once, when it is made; rotating replaces it and
 * revoking removes it, and the old address then answers 404.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectRepository(CalendarFeedEntity) private readonly feeds: Repository<CalendarFeedEntity>,
    private readonly sources: CalendarSources,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async show(userId: string): Promise<CalendarFeed> {
    const feed = await this.feeds.findOneBy({ userId });
    return { exists: feed !== null, url: null, createdAt: feed?.createdAt.toISOString() ?? null };
  }

  /** Makes a new secret address, replacing any earlier one. */
  async rotate(userId: string): Promise<CalendarFeed> {
    const token = randomBytes(32).toString('base64url');
    await this.feeds.delete({ userId });
    const feed = await this.feeds.save(this.feeds.create({ userId, tokenHash: hashOf(token) }));
    return {
      exists: true,
      url: `${this.config.publicUrl}/api/calendar/${token}.ics`,
      createdAt: feed.createdAt.toISOString(),
    };
  }

  async revoke(userId: string): Promise<CalendarFeed> {
    await this.feeds.delete({ userId });
    return { exists: false, url: null, createdAt: null };
  }

  /** The feed behind a secret address; 404 for an unknown, rotated or revoked one. */
  async render(token: string): Promise<string> {
    if (!TOKEN.test(token)) throw commonErrors.notFound();
    const feed = await this.feeds.findOneBy({ tokenHash: hashOf(token) });
    if (!feed) throw commonErrors.notFound();
    const entries = await this.sources.entriesFor(feed.userId);
    return renderCalendar('Open Spaces', entries, this.config.publicUrl);
  }
}
