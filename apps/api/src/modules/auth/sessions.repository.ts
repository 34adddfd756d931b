import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SiteRole } from '@open-spaces/contracts';
import { DataSource, IsNull, MoreThan, Not, Repository } from 'typeorm';
import { hashToken, newToken } from '../accounts/tokens';
import { RefreshToken } from './entities/refresh-token.entity';
import { Session } from './entities/session.entity';

export interface LiveSession {
  userId: string;
  role: SiteRole;
  emailVerified: boolean;
}

export type RotateResult =
  | { status: 'ok'; sessionId: string; userId: string; refreshToken: string }
  | { status: 'reused' }
  | { status: 'invalid' };

@Injectable()
export class SessionsRepository {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
  ) {}

  /** Opens a session and returns it with its first refresh token. */
  async open(input: { userId: string; userAgent: string | null; ip: string | null; ttlDays: number }) {
    const token = newToken();
    const session = await this.dataSource.transaction(async (tx) => {
      const created = await tx.save(
        tx.create(Session, {
          userId: input.userId,
          userAgent: input.userAgent?.slice(0, 300) ?? null,
          ip: input.ip,
          lastUsedAt: new Date(),
          expiresAt: new Date(Date.now() + input.ttlDays * 86_400_000),
        }),
      );
      await tx.insert(RefreshToken, { sessionId: created.id, tokenHash: token.hash });
      return created;
    });
    return { session, refreshToken: token.raw };
  }

  /**
   * Exchanges a refresh token for the next one of its family. A token presented again
   * after the grace period means it was copied: the whole session is revoked. Within the
   * grace period (two tabs refreshing at the same moment) the family simply continues.
   */
  rotate(
    rawToken: string,
    ip: string | null,
    policy: { refreshTokenTtlDays: number; refreshReuseGraceSeconds: number },
  ): Promise<RotateResult> {
    return this.dataSource.transaction(async (tx) => {
      const rows: {
        id: string;
        session_id: string;
        used_at: Date | null;
        within_grace: boolean;
        user_id: string;
        live: boolean;
      }[] = await tx.query(
        `SELECT t.id, t.session_id, t.used_at, s.user_id,
                t.used_at > now() - make_interval(secs => $2) AS within_grace,
                (s.revoked_at IS NULL AND s.expires_at > now()) AS live
           FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id
          WHERE t.token_hash = $1
          FOR UPDATE OF t, s`,
        [hashToken(rawToken), policy.refreshReuseGraceSeconds],
      );
      const row = rows[0];
      if (!row?.live) return { status: 'invalid' };
      if (row.used_at && !row.within_grace) {
        await tx.query('UPDATE sessions SET revoked_at = now() WHERE id = $1', [row.session_id]);
        return { status: 'reused' };
      }
      const next = newToken();
      if (!row.used_at) await tx.query('UPDATE refresh_tokens SET used_at = now() WHERE id = $1', [row.id]);
      await tx.insert(RefreshToken, { sessionId: row.session_id, tokenHash: next.hash });
      await tx.query(
        `UPDATE sessions SET last_used_at = now(), ip = COALESCE($2, ip),
                expires_at = now() + make_interval(days => $3) WHERE id = $1`,
        [row.session_id, ip, policy.refreshTokenTtlDays],
      );
      return { status: 'ok', sessionId: row.session_id, userId: row.user_id, refreshToken: next.raw };
    });
  }

  /** The one query behind every authenticated request: is the session live, and who is it. */
  async findLive(sessionId: string, userId: string): Promise<LiveSession | null> {
    const rows: { role: SiteRole; email_verified: boolean }[] = await this.dataSource.query(
      `SELECT u.role, u.email_verified_at IS NOT NULL AS email_verified
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND u.suspended_at IS NULL`,
      [sessionId, userId],
    );
    const row = rows[0];
    return row ? { userId, role: row.role, emailVerified: row.email_verified } : null;
  }

  /**
   * Which of these sessions are still live (not signed out, revoked or expired, and their
   * account not suspended): one query for every live connection of a process.
   */
  async liveAmong(sessionIds: string[]): Promise<Set<string>> {
    if (sessionIds.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now()
          AND u.suspended_at IS NULL`,
      [sessionIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  listLive(userId: string): Promise<Session[]> {
    return this.sessions.find({
      where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { lastUsedAt: 'DESC' },
    });
  }

  /** Revokes one of the user's sessions; false when it is not theirs or already ended. */
  async revoke(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.sessions.update(
      { id: sessionId, userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  }

  async revokeAll(userId: string, exceptSessionId?: string): Promise<void> {
    await this.sessions.update(
      exceptSessionId
        ? { userId, revokedAt: IsNull(), id: Not(exceptSessionId) }
        : { userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }

  /** Revokes the session a refresh token belongs to (sign-out from the cookie alone). */
  async revokeByToken(rawToken: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE sessions SET revoked_at = now()
        WHERE revoked_at IS NULL AND id = (SELECT session_id FROM refresh_tokens WHERE token_hash = $1)`,
      [hashToken(rawToken)],
    );
  }
}
