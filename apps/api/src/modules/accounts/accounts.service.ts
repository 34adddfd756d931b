import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Locale, Me, UpdateMeRequest } from '@open-spaces/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { commonErrors } from '../../common/errors/app.exception';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { JobsService } from '../../common/jobs/jobs.service';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { MailService } from '../mail/mail.service';
import { passwordResetMail, signUpAttemptMail, verificationMail } from '../mail/mail.templates';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { AccountTokensRepository } from './account-tokens.repository';
import { accountErrors } from './accounts.errors';
import { ACCOUNT_JOB_POLICY, type SignUp } from './accounts.jobs';
import type { User } from './entities/user.entity';
import { dummyHash, hashPassword, isTooCommon, verifyPassword } from './passwords';
import { UsersRepository } from './users.repository';

const VERIFY_TTL_SECONDS = 48 * 3600;
const RESET_TTL_SECONDS = 3600;
/** How many new ids sign-up tries when the handle made from one is taken. */
const HANDLE_ATTEMPTS = 5;

/**
 * Owns accounts: registration, email verification, credentials, password resets and the
 * language each account's mails are written in.
 * Sessions belong to the auth module, which calls this service. Registration never tells
 * whether an address has an account. New verification links and the mails sign-up sends
 * are limited per account and per client address, so the product cannot be used to
 * flood a mailbox.
 */
@Injectable()
export class AccountsService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly tokens: AccountTokensRepository,
    private readonly mail: MailService,
    private readonly rateLimits: RateLimitService,
    private readonly jobs: JobsService,
  ) {}

  /**
   * What sign-up and reset answers leave to do runs as jobs whose writes (the account, its
   * link, the mail) commit with the job's completion: a job run twice creates one account and
   * writes one mail, and one accepted before a crash runs after the next start.
   */
  async onModuleInit(): Promise<void> {
    await this.jobs.handleInTransaction('accounts.sign-up', ACCOUNT_JOB_POLICY, (signUp, tx) =>
      this.settleSignUp(signUp, tx),
    );
    await this.jobs.handleInTransaction('accounts.password-reset', ACCOUNT_JOB_POLICY, ({ email }, tx) =>
      this.mailPasswordReset(email, tx),
    );
  }

  /**
   * Creates the account and mails its verification link, or, when the address already has
   * an account, changes nothing and mails its owner that someone tried. The caller is told
   * neither: the answer comes once the password is hashed and the `accounts.sign-up` job
   * committed, before anything that depends on the address (a new account takes two more
   * committed writes than a notice, which would show in the answer's time).
   */
  async register(input: {
    email: string;
    password: string;
    displayName: string;
    locale: Locale;
    ip: string | null;
  }): Promise<void> {
    const limits = this.config.rateLimits;
    // Each attempt mails an address: without a bound, sign-up would mail anyone, any number of times.
    await this.rateLimits.consume({
      key: `register:ip:${input.ip}`,
      max: limits.registerPerIp,
      windowSeconds: limits.registerWindowSeconds,
    });
    if (isTooCommon(input.password, input.email)) throw accountErrors.passwordTooCommon('password');
    const passwordHash = await hashPassword(input.password);
    await this.jobs.send('accounts.sign-up', {
      email: input.email,
      passwordHash,
      displayName: input.displayName,
      locale: input.locale,
    });
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
    if (!user.emailVerifiedAt) await this.dataSource.transaction((tx) => this.sendVerification(user, tx));
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

  /**
   * Mails a reset link when the account exists; says nothing either way. The lookup and the
   * link are made by the `accounts.password-reset` job, after the answer, since an address
   * with an account takes two more committed writes than one without, which would show in
   * the answer's time.
   */
  async requestPasswordReset(email: string): Promise<void> {
    await this.jobs.send('accounts.password-reset', { email });
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

  private async mailPasswordReset(email: string, tx: EntityManager): Promise<void> {
    const user = await this.users.findByEmail(email, tx);
    if (!user) return;
    const token = await this.tokens.issue(user.id, 'reset_password', RESET_TTL_SECONDS, tx);
    const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    await this.mail.send(passwordResetMail(user.email, user.displayName, link, user.locale), tx);
  }

  private async settleSignUp(account: SignUp, tx: EntityManager): Promise<void> {
    const created = await this.insertUnlessTaken(account, tx);
    const holder = created ?? (await this.users.findByEmail(account.email, tx));
    if (!holder) return;
    const limits = this.config.rateLimits;
    // A new account's verification mail counts as the first of the address's sign-up mails.
    const mayMail = await this.rateLimits.allows(
      {
        key: `register-mail:account:${holder.id}`,
        max: limits.registerMailPerAddress,
        windowSeconds: limits.registerMailWindowSeconds,
      },
      tx,
    );
    if (!mayMail) return;
    if (created) {
      await this.sendVerification(created, tx);
      return;
    }
    // The same notice whether or not the account is confirmed: a verification link would let
    // the owner confirm an account whose password whoever signed up first chose, while a
    // password reset confirms the address and makes the password theirs.
    await this.mail.send(
      signUpAttemptMail(
        holder.email,
        holder.displayName,
        {
          signIn: `${this.config.publicUrl}/sign-in`,
          resetPassword: `${this.config.publicUrl}/forgot-password`,
        },
        holder.locale,
      ),
      tx,
    );
  }

  /**
   * The new account, or null when the address already has one. The profile's first handle
   * ends in six characters of the new account's id, which may already be someone's handle
   * (one chosen by hand, say); the insert is then tried again with a new id, as nobody is
   * there to be told. Each try is a savepoint, so a refused one leaves the transaction usable.
   */
  private async insertUnlessTaken(account: SignUp, tx: EntityManager): Promise<User | null> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await tx.transaction((savepoint) => this.users.insert(account, savepoint));
      } catch (error) {
        if (isUniqueViolation(error, 'users_email_key')) return null;
        if (!isUniqueViolation(error, 'profiles_handle_key') || attempt === HANDLE_ATTEMPTS) throw error;
      }
    }
  }

  private async sendVerification(user: User, tx: EntityManager): Promise<void> {
    const token = await this.tokens.issue(user.id, 'verify_email', VERIFY_TTL_SECONDS, tx);
    const link = `${this.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
    await this.mail.send(verificationMail(user.email, user.displayName, link, user.locale), tx);
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
