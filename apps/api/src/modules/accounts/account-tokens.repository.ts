import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { AccountToken, type AccountTokenPurpose } from './entities/account-token.entity';
import { hashToken, newToken } from './tokens';

export type ConsumeResult = { status: 'ok'; userId: string } | { status: 'invalid' } | { status: 'expired' };

@Injectable()
export class AccountTokensRepository {
  constructor(@InjectRepository(AccountToken) private readonly tokens: Repository<AccountToken>) {}

  /**
   * Issues a new single-use token; earlier unused tokens of the same purpose stop working.
   * In the given transaction, when there is one.
   */
  async issue(
    userId: string,
    purpose: AccountTokenPurpose,
    ttlSeconds: number,
    outer?: EntityManager,
  ): Promise<string> {
    const token = newToken();
    await (outer ?? this.tokens.manager).transaction(async (tx) => {
      await tx.update(AccountToken, { userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
      await tx.insert(AccountToken, {
        userId,
        purpose,
        tokenHash: token.hash,
        expiresAt: new Date(Date.now() + ttlSeconds * 1000),
      });
    });
    return token.raw;
  }

  /** The account of a token that could still be consumed, without spending it. */
  async findHolder(raw: string, purpose: AccountTokenPurpose): Promise<string | null> {
    const token = await this.tokens.findOne({
      select: { userId: true },
      where: { tokenHash: hashToken(raw), purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
    return token?.userId ?? null;
  }

  /** Marks the token used in the same statement that checks it, so it works exactly once. */
  async consume(raw: string, purpose: AccountTokenPurpose): Promise<ConsumeResult> {
    const rows: { user_id: string; expired: boolean }[] = await this.tokens.query(
      `WITH used AS (
         UPDATE account_tokens SET used_at = now()
          WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL
          RETURNING user_id, expires_at < now() AS expired
       ) SELECT user_id, expired FROM used`,
      [hashToken(raw), purpose],
    );
    const row = rows[0];
    if (!row) return { status: 'invalid' };
    return row.expired ? { status: 'expired' } : { status: 'ok', userId: row.user_id };
  }
}
