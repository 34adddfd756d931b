import { Injectable } from '@nestjs/common';
import type { LocalisedNames, Topic } from '@open-spaces/contracts';
import { DataSource } from 'typeorm';

interface TopicRow {
  slug: string;
  names: LocalisedNames;
  retired: boolean;
}

@Injectable()
export class TopicsRepository {
  constructor(private readonly db: DataSource) {}

  findAllInOrder(): Promise<Topic[]> {
    return this.db.query<TopicRow[]>(
      'SELECT slug, names, retired_at IS NOT NULL AS retired FROM topics ORDER BY position, slug',
    );
  }

  /** Adds a topic at the end of the list; null when the slug exists already. */
  async insertLast(slug: string, names: LocalisedNames): Promise<Topic | null> {
    const rows = await this.db.query<TopicRow[]>(
      `INSERT INTO topics (slug, names, position)
       VALUES ($1, $2::jsonb, (SELECT coalesce(max(position), 0) + 10 FROM topics))
       ON CONFLICT (slug) DO NOTHING
       RETURNING slug, names, retired_at IS NOT NULL AS retired`,
      [slug, JSON.stringify(names)],
    );
    return rows[0] ?? null;
  }

  /** Renames (only the given locales) and retires or brings back a topic; null when there is none. */
  async update(
    slug: string,
    changes: { names?: Partial<LocalisedNames>; retired?: boolean },
  ): Promise<Topic | null> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows] = await this.db.query<[TopicRow[], number]>(
      `UPDATE topics
          SET names = names || $2::jsonb,
              retired_at = CASE WHEN $3::boolean IS NULL THEN retired_at
                                WHEN $3::boolean THEN coalesce(retired_at, now())
                                ELSE NULL END
        WHERE slug = $1
       RETURNING slug, names, retired_at IS NOT NULL AS retired`,
      [slug, JSON.stringify(changes.names ?? {}), changes.retired ?? null],
    );
    return rows[0] ?? null;
  }
}
