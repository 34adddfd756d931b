import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Locale, SiteRole } from '@open-spaces/contracts';
import { type EntityManager, Repository } from 'typeorm';
import { User } from './entities/user.entity';

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  /** Suspends the account (now) or lifts its suspension; false when there is no such account. */
  async setSuspended(id: string, suspended: boolean): Promise<boolean> {
    const result = await this.users.update({ id }, { suspendedAt: suspended ? new Date() : null });
    return (result.affected ?? 0) > 0;
  }

  /** In the given transaction, when there is one (as in every method taking `tx`). */
  findByEmail(email: string, tx?: EntityManager): Promise<User | null> {
    return this.in(tx).findOneBy({ email: email.toLowerCase() });
  }

  insert(
    user: Pick<User, 'email' | 'passwordHash' | 'displayName'> &
      Partial<Pick<User, 'role' | 'emailVerifiedAt' | 'locale'>>,
    tx?: EntityManager,
  ) {
    const users = this.in(tx);
    return users.save(users.create(user));
  }

  async markVerified(id: string): Promise<void> {
    await this.users.update({ id }, { emailVerifiedAt: () => 'COALESCE(email_verified_at, now())' });
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.users.update({ id }, { passwordHash });
  }

  async setLocale(id: string, locale: Locale): Promise<void> {
    await this.users.update({ id }, { locale });
  }

  async setRole(id: string, role: SiteRole): Promise<void> {
    await this.users.update({ id }, { role });
  }

  private in(tx: EntityManager | undefined): Repository<User> {
    return tx ? tx.getRepository(User) : this.users;
  }
}
