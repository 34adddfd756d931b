import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TimeIdPosition } from '../../common/pagination/cursor';
import { QueryParameters } from '../../common/sql/query-parameters';
import { accountActiveSql } from '../../common/visibility/profile-visibility';

/** The petition after its count went up, under its row lock. */
export interface CountedPetition {
  signature_count: number;
  goal: number;
  title: string;
  author_id: string;
  organisation_id: string | null;
}

export interface ShownSignatureRow {
  id: string;
  name: string;
  confirmed_at: Date;
  cursor_at: string;
}

export interface ExportRow {
  name: string;
  email_norm: string;
  country: string | null;
  show_name: boolean;
  share_contact: boolean;
  confirmed_at: Date;
}

export interface TokenRow {
  id: string;
  petition_id: string;
  status: 'pending' | 'confirmed';
  token_expires_at: Date | null;
  title: string;
}

/**
 * Reads and writes petitions' signatures: signing as a member or a visitor, confirming a
 * visitor's address, the count and its milestones under the petition's row lock, the
 * signatures shown and exported, and purging what was never confirmed.
 */
@Injectable()
export class PetitionSignaturesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Signs for a member: takes over a pending signature of their address (their account's
   * address is confirmed) or inserts a confirmed one. Returns whether a signature came to
   * count; a second signature of the person or the address is no row, by the unique keys.
   */
  async signAsMember(
    tx: EntityManager,
    petitionId: string,
    userId: string,
    consent: { showName: boolean; shareContact: boolean },
  ): Promise<boolean> {
    const [taken]: [unknown[], number] = await tx.query(
      `UPDATE petition_signatures s
          SET user_id = u.id, name = u.display_name, country = pr.country, status = 'confirmed',
              confirmed_at = clock_timestamp(), token_hash = NULL, token_expires_at = NULL,
              show_name = $3, share_contact = $4
         FROM users u JOIN profiles pr ON pr.user_id = u.id
        WHERE u.id = $2 AND s.petition_id = $1 AND s.email_norm = lower(u.email)
          AND s.status = 'pending' AND s.user_id IS NULL
        RETURNING s.id`,
      [petitionId, userId, consent.showName, consent.shareContact],
    );
    if (taken.length > 0) return true;
    const inserted: unknown[] = await tx.query(
      `INSERT INTO petition_signatures
              (petition_id, user_id, email_norm, name, country, show_name, share_contact, status, confirmed_at)
       SELECT $1, u.id, lower(u.email), u.display_name, pr.country, $3, $4, 'confirmed', clock_timestamp()
         FROM users u JOIN profiles pr ON pr.user_id = u.id WHERE u.id = $2
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [petitionId, userId, consent.showName, consent.shareContact],
    );
    return inserted.length > 0;
  }

  /**
   * Writes a visitor's pending signature, or gives a pending one of the same address a new
   * token (`renew`). Returns whether a link is to be mailed: not for an address that has
   * signed already, nor when `renew` is false and a signature of it waits.
   */
  async signAsVisitor(
    tx: EntityManager,
    input: {
      petitionId: string;
      emailNorm: string;
      name: string;
      country: string;
      showName: boolean;
      shareContact: boolean;
      tokenHash: string;
      expiresAt: Date;
    },
    renew: boolean,
  ): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `INSERT INTO petition_signatures
              (petition_id, email_norm, name, country, show_name, share_contact, status, token_hash, token_expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8)
       ON CONFLICT ${
         renew
           ? `(petition_id, email_norm) DO UPDATE SET
                name = EXCLUDED.name, country = EXCLUDED.country, show_name = EXCLUDED.show_name,
                share_contact = EXCLUDED.share_contact, token_hash = EXCLUDED.token_hash,
                token_expires_at = EXCLUDED.token_expires_at
              WHERE petition_signatures.status = 'pending'`
           : 'DO NOTHING'
       }
       RETURNING id`,
      [
        input.petitionId,
        input.emailNorm,
        input.name,
        input.country,
        input.showName,
        input.shareContact,
        input.tokenHash,
        input.expiresAt,
      ],
    );
    return rows.length > 0;
  }

  async lockByToken(tx: EntityManager, tokenHash: string): Promise<TokenRow | null> {
    const rows: TokenRow[] = await tx.query(
      `SELECT s.id, s.petition_id, s.status, s.token_expires_at, p.title
         FROM petition_signatures s JOIN petitions p ON p.id = s.petition_id
        WHERE s.token_hash = $1 FOR UPDATE OF s`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async confirm(tx: EntityManager, signatureId: string): Promise<void> {
    await tx.query(
      `UPDATE petition_signatures SET status = 'confirmed', confirmed_at = clock_timestamp(),
              token_expires_at = NULL
        WHERE id = $1`,
      [signatureId],
    );
  }

  /**
   * Counts one more signature, if the petition is open and its deadline not passed; the
   * row lock this takes orders every count change and the closing of one petition.
   */
  async countOne(tx: EntityManager, petitionId: string): Promise<CountedPetition | null> {
    const [rows]: [CountedPetition[], number] = await tx.query(
      `UPDATE petitions SET signature_count = signature_count + 1
        WHERE id = $1 AND state = 'open' AND deadline > now()
        RETURNING signature_count, goal, title, author_id, organisation_id`,
      [petitionId],
    );
    return rows[0] ?? null;
  }

  async recordMilestones(tx: EntityManager, petitionId: string, percents: number[]): Promise<number[]> {
    if (percents.length === 0) return [];
    const rows: { percent: number }[] = await tx.query(
      `INSERT INTO petition_milestones (petition_id, percent)
       SELECT $1, unnest($2::smallint[])
       ON CONFLICT DO NOTHING RETURNING percent`,
      [petitionId, percents],
    );
    return rows.map((row) => Number(row.percent));
  }

  async purgeUnconfirmed(now: Date): Promise<number> {
    const [, count]: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM petition_signatures WHERE status = 'pending' AND token_expires_at <= $1`,
      [now],
    );
    return count;
  }

  shownSignatures(
    petitionId: string,
    after: TimeIdPosition | undefined,
    limit: number,
  ): Promise<ShownSignatureRow[]> {
    const parameters = new QueryParameters(petitionId);
    const param = (value: unknown) => parameters.add(value);
    const keyset = after
      ? `AND (s.confirmed_at, s.id) < (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`
      : '';
    return this.dataSource.query(
      `SELECT s.id, s.name, s.confirmed_at, s.confirmed_at::text AS cursor_at
         FROM petition_signatures s
        WHERE s.petition_id = $1 AND s.status = 'confirmed' AND s.show_name
          AND (s.user_id IS NULL OR ${accountActiveSql('s.user_id')}) ${keyset}
        ORDER BY s.confirmed_at DESC, s.id DESC
        LIMIT ${param(limit + 1)}`,
      parameters.values,
    );
  }

  exportRows(petitionId: string): Promise<ExportRow[]> {
    return this.dataSource.query(
      `SELECT name, email_norm, country, show_name, share_contact, confirmed_at
         FROM petition_signatures WHERE petition_id = $1 AND status = 'confirmed'
        ORDER BY confirmed_at, id`,
      [petitionId],
    );
  }

  async signatureCount(petitionId: string): Promise<number> {
    const rows: { signature_count: number }[] = await this.dataSource.query(
      'SELECT signature_count FROM petitions WHERE id = $1',
      [petitionId],
    );
    return rows[0]?.signature_count ?? 0;
  }
}
