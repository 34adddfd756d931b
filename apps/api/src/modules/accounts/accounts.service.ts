import { Inject, Injectable } from '@nestjs/common';
import type { Locale, Me, UpdateMeRequest } from '@open-spaces/contracts';
import { commonErrors } from '../../common/errors/app.exception';
import { isUniqueViolation } from '../../common/errors/database-errors';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { MailService } from '../mail/mail.service';
import { passwordResetMail, verificationMail } from '../mail/mail.templates';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { AccountTokensRepository } from './account-tokens.repository';
import { accountErrors } from './accounts.errors';
import type { User } from './entities/user.entity';
import { dummyHash, hashPassword, isTooCommon, verifyPassword } from './passwords';
import { UsersRepository } from './users.repository';

const VERIFY_TTL_SECONDS = 48 * 3600;
const RESET_TTL_SECONDS = 3600;

/**
 * Owns accounts: registration, email verification, credentials, password resets and the
 * language each account's mails are written in.
 * Sessions belong to the auth module, which calls this service. New verification links
 * are limited per account and per client address, so the product cannot be used to
 * flood a mailbox.
 */
@Injectable()
export class AccountsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly tokens: AccountTokensRepository,
    private readonly mail: MailService,
    private readonly rateLimits: RateLimitService,
  ) {}

  async register(input: {
    email: string;
    password: string;
    displayName: string;
    locale: Locale;
    ip: string | null;
  }): Promise<User> {
    // Each new account mails its address: without a bound, sign-up would mail anyone, any number of times.
    await this.rateLimits.consume({
      key: `register:ip:${input.ip}`,
      max: this.config.rateLimits.registerPerIp,
      windowSeconds: this.config.rateLimits.registerWindowSeconds,
    });
    if (isTooCommon(input.password, input.email)) throw accountErrors.passwordTooCommon('password');
    const passwordHash = await hashPassword(input.password);
    let user: User;
    try {
      user = await this.users.insert({
        email: input.email,
        passwordHash,
        displayName: input.displayName,
        locale: input.locale,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw accountErrors.emailTaken();
      throw error;
    }
    await this.sendVerification(user);
    return user;
  }

  async resendVerification(userId: string, ip: string | null): Promise<void> {
    const limits = this.config.rateLimits;
    await this.rateLimits.consume(
      {
        key: `verify-resend:ip:${ip}`,
        max: limits.verifyResendPerIp,
        windowSeconds: limits.verifyResendWindowSeconds,
      },
      {
        key: `verify-resend:account:${userId}`,
        max: limits.verifyResendPerAccount,
        windowSeconds: limits.verifyResendWindowSeconds,
      },
    );
    const user = await this.requireUser(userId);
    if (!user.emailVerifiedAt) await this.sendVerification(user);
  }

  async verifyEmail(token: string): Promise<User> {
    const result = await this.tokens.consume(token, 'verify_email');
    if (result.status === 'invalid') throw accountErrors.invalidToken();
    if (result.status === 'expired') throw accountErrors.tokenExpired();
    await this.users.markVerified(result.userId);
    return this.requireUser(result.userId);
  }

  /** Returns the user when the credentials match; takes the same time when no account exists. */
  async checkCredentials(email: string, password: string): Promise<User | null> {
    const user = await this.users.findByEmail(email);
    if (!user) {
      await verifyPassword(await dummyHash, password);
      return null;
    }
    return (await verifyPassword(user.passwordHash, password)) ? user : null;
  }

  /** Mails a reset link when the account exists; says nothing either way. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user) return;
    const token = await this.tokens.issue(user.id, 'reset_password', RESET_TTL_SECONDS);
    const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    await this.mail.send(passwordResetMail(user.email, user.displayName, link, user.locale));
  }

  /** Consumes a reset token and sets the new password; returns the account's id. */
  async resetPassword(token: string, password: string): Promise<string> {
    // The password is judged before the token is spent, so a refused one leaves the link usable.
    const holderId = await this.tokens.findHolder(token, 'reset_password');
    const holder = holderId ? await this.requireUser(holderId) : null;
    if (holder && isTooCommon(password, holder.email)) throw accountErrors.passwordTooCommon('password');
    const result = await this.tokens.consume(token, 'reset_password');
    if (result.status === 'invalid') throw accountErrors.invalidToken();
    if (result.status === 'expired') throw accountErrors.tokenExpired();
    const user = await this.requireUser(result.userId);
    await this.users.setPasswordHash(user.id, await hashPassword(password));
    // Whoever holds the reset link holds the mailbox, so the address is proven too.
    await this.users.markVerified(user.id);
    return user.id;
  }

  /** Checks the current password, then sets the new one. */
  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.requireUser(userId);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw accountErrors.wrongPassword();
    }
    // Keeping the same password would still end every other session, for nothing.
    if (newPassword === currentPassword) throw accountErrors.samePassword();
    if (isTooCommon(newPassword, user.email)) throw accountErrors.passwordTooCommon('newPassword');
    await this.users.setPasswordHash(user.id, await hashPassword(newPassword));
  }

  async me(userId: string): Promise<Me> {
    return toMe(await this.requireUser(userId));
  }

  /** Changes the signed-in account's own settings; there is no way to name another account. */
  async updateMe(userId: string, changes: UpdateMeRequest): Promise<Me> {
    await this.users.setLocale(userId, changes.locale);
    return this.me(userId);
  }

  private async requireUser(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw commonErrors.unauthenticated();
    return user;
  }

  private async sendVerification(user: User): Promise<void> {
    const token = await this.tokens.issue(user.id, 'verify_email', VERIFY_TTL_SECONDS);
    const link = `${this.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
    await this.mail.send(verificationMail(user.email, user.displayName, link, user.locale));
  }
}

export function toMe(user: User): Me {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    locale: user.locale,
    createdAt: user.createdAt.toISOString(),
  };
}
