import { Injectable } from '@nestjs/common';
import type { FeedObject } from '@open-spaces/contracts';

export type FeedObjectType = FeedObject['type'];

/**
 * What the feed needs of each kind of object an activity can be about. The module that owns
 * the object implements it and registers it at start-up (`onModuleInit`), so the feed never
 * reads another module's tables itself.
 */
export interface FeedSource {
  type: FeedObjectType;
  /**
   * An SQL condition: may the viewer (`viewer`, an SQL parameter) see the object whose id is
   * `objectId` (an SQL expression) in a feed now? Published, not hidden by a moderator, its
   * author not suspended, and its author and audience admit the viewer.
   */
  visibleSql(objectId: string, viewer: string): string;
  /** Those of these objects the viewer may see, as that module's list summary, by id; one query. */
  summaries(viewerId: string, ids: string[]): Promise<Map<string, FeedObject>>;
}

/** The registered feed sources, one per object type. */
@Injectable()
export class FeedSources {
  private readonly sources = new Map<FeedObjectType, FeedSource>();

  register(source: FeedSource): void {
    if (this.sources.has(source.type)) throw new Error(`${source.type} is already a feed source`);
    this.sources.set(source.type, source);
  }

  /**
   * In type order, whatever order the modules registered in: the feed's SQL lists them,
   * and is then the same text in every process (and in the benchmark's bare server).
   */
  all(): FeedSource[] {
    return [...this.sources.values()].sort((a, b) => a.type.localeCompare(b.type));
  }

  get(type: FeedObjectType): FeedSource | undefined {
    return this.sources.get(type);
  }
}
