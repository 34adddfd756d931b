import { Inject, Injectable } from '@nestjs/common';
import type { FeedItem, FeedObject, FeedPage, FeedQuery } from '@open-spaces/contracts';
import { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { toContentAuthor } from '../../common/content/content-author';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { FeedRepository, type FeedRow } from './feed.repository';
import { type FeedObjectType, FeedSources } from './feed-sources';

type FeedInput = z.output<typeof FeedQuery>;

const MAX_BIGINT = 9_223_372_036_854_775_807n;

/** A feed position: an activity id, as the decimal text of a PostgreSQL bigint. */
const ActivityIdKey = z.tuple([
  z.string().refine((id) => /^(0|[1-9]\d{0,18})$/.test(id) && BigInt(id) <= MAX_BIGINT),
]);

function decodePosition(cursor: string | undefined, field: 'before' | 'after'): string | undefined {
  return decodeCursor(cursor, ActivityIdKey, field)?.[0];
}

const position = (id: string) => encodeCursor([id]);

/**
 * Owns the signed-in home feed: the activities of the people, organisations and topics a
 * person follows and of their own organisations, each with its object's summary (from the
 * module that owns it, through FeedSources) and the reasons it is there. Pages go back by
 * activity id; `after` returns exactly what came after a position, for catching up.
 */
@Injectable()
export class FeedService {
  constructor(
    private readonly feed: FeedRepository,
    private readonly sources: FeedSources,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async page(viewer: AuthUser, query: FeedInput): Promise<FeedPage> {
    const before = decodePosition(query.before, 'before');
    const after = decodePosition(query.after, 'after');
    const direction = after === undefined ? 'older' : 'newer';
    const { latestId, rows: activities } = await this.feed.findPage(
      viewer.id,
      direction,
      after ?? before ?? null,
      query.limit + 1,
    );
    const latest = latestId ?? '0';
    const more = activities.length > query.limit;
    const pageRows = more ? activities.slice(0, query.limit) : activities;
    const last = pageRows[pageRows.length - 1];
    const nextCursor = more && last ? position(last.id) : null;

    const objects = await this.objectsOf(viewer.id, pageRows);
    const items = pageRows.flatMap((row): FeedItem[] => {
      // An object hidden or removed between the two reads is left out, never shown half.
      const object = objects.get(row.object_type)?.get(row.object_id);
      return object ? [this.toItem(row, object)] : [];
    });

    let catchUpCursor: string | null = null;
    if (after !== undefined)
      catchUpCursor = nextCursor ?? position(BigInt(after) > BigInt(latest) ? after : latest);
    else if (before === undefined) catchUpCursor = position(latest);
    return { items, nextCursor, catchUpCursor };
  }

  /** The page's objects, one query per kind of object on it, run side by side. */
  private async objectsOf(
    viewerId: string,
    rows: FeedRow[],
  ): Promise<Map<FeedObjectType, Map<string, FeedObject>>> {
    const idsByType = new Map<FeedObjectType, string[]>();
    for (const row of rows)
      idsByType.set(row.object_type, [...(idsByType.get(row.object_type) ?? []), row.object_id]);
    const entries = await Promise.all(
      [...idsByType].map(async ([type, ids]) => {
        const source = this.sources.get(type);
        const summaries = source ? await source.summaries(viewerId, [...new Set(ids)]) : new Map();
        return [type, summaries] as const;
      }),
    );
    return new Map(entries);
  }

  private toItem(row: FeedRow, object: FeedObject): FeedItem {
    const { person, organisation } = toContentAuthor(this.storage, row);
    return {
      id: row.id,
      verb: row.verb,
      createdAt: row.created_at.toISOString(),
      actor: person,
      organisation,
      object,
      reasons: row.reasons,
    };
  }
}
