import { Injectable } from '@nestjs/common';
import type { ReportObjectType, ReportReason } from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';

export interface CaseRow {
  object_type: ReportObjectType;
  object_id: string;
  title: string;
  path: string;
  responsible_id: string | null;
  responsible_handle: string | null;
  responsible_suspended: boolean;
  open_reports: number;
  reasons: { reason: ReportReason; count: number }[];
  notes: string[] | null;
  last_at: Date;
  last_key: string;
}

/** A report just closed: who made it, and the object's title and path when they did. */
export interface ClosedReportRow {
  reporter_id: string;
  title: string;
  path: string;
}

/** Reads and closes reports; the queue groups open reports by the object they are about. */
@Injectable()
export class ModerationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One page of the queue: objects with open reports, the most recently reported first,
   * each with its count, its reasons counted, its three newest notes and, as of the newest
   * report, its title, path and responsible account. Reporters are never read.
   */
  findQueuePage(
    after: readonly [string, ReportObjectType, string] | undefined,
    limit: number,
  ): Promise<CaseRow[]> {
    return this.dataSource.query(
      `WITH cases AS (
         SELECT r.object_type, r.object_id, count(*)::int AS open_reports, max(r.created_at) AS last_at,
                (array_agg(r.title ORDER BY r.created_at DESC))[1] AS title,
                (array_agg(r.path ORDER BY r.created_at DESC))[1] AS path,
                (array_agg(r.responsible_id ORDER BY r.created_at DESC))[1] AS responsible_id,
                (array_agg(r.note ORDER BY r.created_at DESC) FILTER (WHERE r.note <> ''))[1:3] AS notes
           FROM reports r
          WHERE r.status = 'open'
          GROUP BY r.object_type, r.object_id)
       SELECT c.*, c.last_at::text AS last_key, p.handle AS responsible_handle,
              coalesce(u.suspended_at IS NOT NULL, false) AS responsible_suspended,
              (SELECT json_agg(json_build_object('reason', x.reason, 'count', x.n) ORDER BY x.n DESC, x.reason)
                 FROM (SELECT r2.reason, count(*)::int AS n FROM reports r2
                        WHERE r2.status = 'open' AND r2.object_type = c.object_type AND r2.object_id = c.object_id
                        GROUP BY r2.reason) x) AS reasons
         FROM cases c
         LEFT JOIN users u ON u.id = c.responsible_id
         LEFT JOIN profiles p ON p.user_id = c.responsible_id
        WHERE $1::timestamptz IS NULL OR (c.last_at, c.object_type, c.object_id) < ($1::timestamptz, $2::text, $3::text)
        ORDER BY c.last_at DESC, c.object_type DESC, c.object_id DESC
        LIMIT $4`,
      [after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit + 1],
    );
  }

  /** Closes the object's open reports; returns each one's reporter and what it was about. */
  async close(
    tx: EntityManager,
    objectType: ReportObjectType,
    objectId: string,
    status: 'dismissed' | 'actioned',
  ): Promise<ClosedReportRow[]> {
    const [rows]: [ClosedReportRow[], number] = await tx.query(
      `UPDATE reports SET status = $3, closed_at = now()
        WHERE object_type = $1 AND object_id = $2 AND status = 'open'
        RETURNING reporter_id, title, path`,
      [objectType, objectId, status],
    );
    return rows;
  }

  async findAccount(id: string): Promise<{ id: string; role: string } | null> {
    const rows = await this.dataSource.query('SELECT id, role FROM users WHERE id = $1', [id]);
    return rows[0] ?? null;
  }

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
