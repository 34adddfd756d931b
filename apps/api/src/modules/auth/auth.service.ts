import { Inject, Injectable } from '@nestjs/common';
import type { AuthResult, SessionInfo } from '@open-spaces/contracts';
import type { Authenticator } from '../../common/auth/auth.guard';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { AccountsService, toMe } from '../accounts/accounts.service';
import { UsersRepository } from '../accounts/users.repository';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { signAccessToken, verifyAccessToken } from './access-token';
import { authErrors } from './auth.errors';
import { SessionsRepository } from './sessions.repository';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Owns sign-in and sessions: access tokens, rotating refresh tokens, sign-out, and the
 * password operations that must end sessions. Credentials are checked by accounts.
 */
@Injectable()
export class AuthService implements Authenticator {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountsService,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly rateLimits: RateLimitService,
  ) {}

  async login(
    email: string,
    password: string,
    client: ClientInfo,
  ): Promise<{ result: AuthResult; refreshToken: string }> {
    const limits = this.config.rateLimits;
    const address = {
      key: `login:ip:${client.ip}`,
      max: limits.loginPerIp,
      windowSeconds: limits.loginWindowSeconds,
    };
    const account = {
      key: `login:account:${email}`,
      max: limits.loginPerAccount,
      windowSeconds: limits.loginWindowSeconds,
    };
    await this.rateLimits.check(address);
    await this.rateLimits.consume(account);
    const user = await this.accounts.checkCredentials(email, password);
    if (!user) {
      // Only failures count against the address: people behind one (an office, a venue's
      // Wi-Fi at a workshop) sign in at the same time without using up each other's tries.
      await this.rateLimits.record(address);
      throw authErrors.invalidCredentials();
    }
    await this.rateLimits.reset(account.key);
    // Told only after the password matched, so it says nothing about an address to others.
    if (user.suspendedAt) throw authErrors.suspended();
    const { session, refreshToken } = await this.sessions.open({
      userId: user.id,
      userAgent: client.userAgent,
      ip: client.ip,
      ttlDays: this.config.auth.refreshTokenTtlDays,
    });
    return { result: this.authResult(user.id, session.id, toMe(user)), refreshToken };
  }

  async refresh(
    rawToken: string | undefined,
    client: ClientInfo,
  ): Promise<{ result: AuthResult; refreshToken: string }> {
    if (!rawToken) throw authErrors.noSession();
    const rotated = await this.sessions.rotate(rawToken, client.ip, this.config.auth);
    if (rotated.status === 'reused') throw authErrors.refreshTokenReused();
    if (rotated.status === 'invalid') throw authErrors.noSession();
    const user = await this.users.findById(rotated.userId);
    if (!user || user.suspendedAt) throw authErrors.noSession();
    return {
      result: this.authResult(user.id, rotated.sessionId, toMe(user)),
      refreshToken: rotated.refreshToken,
    };
  }

  async logout(user: AuthUser | undefined, rawToken: string | undefined): Promise<void> {
    if (user) await this.sessions.revoke(user.id, user.sessionId);
    if (rawToken) await this.sessions.revokeByToken(rawToken);
  }

  async authenticate(accessToken: string): Promise<AuthUser | null> {
    const claims = verifyAccessToken(accessToken, this.config.auth.secret);
    if (!claims) return null;
    const live = await this.sessions.findLive(claims.sid, claims.sub);
    return live
      ? { id: claims.sub, sessionId: claims.sid, role: live.role, emailVerified: live.emailVerified }
      : null;
  }

  /** Which of these sessions are still live; the others' live connections are closed. */
  liveSessions(sessionIds: string[]): Promise<Set<string>> {
    return this.sessions.liveAmong(sessionIds);
  }

  async forgotPassword(email: string, client: ClientInfo): Promise<void> {
    const limits = this.config.rateLimits;
    await this.rateLimits.consume(
      { key: `reset:ip:${client.ip}`, max: limits.resetPerIp, windowSeconds: limits.resetWindowSeconds },
      {
        key: `reset:account:${email}`,
        max: limits.resetPerAccount,
        windowSeconds: limits.resetWindowSeconds,
      },
    );
    await this.accounts.requestPasswordReset(email);
  }

  /** A reset signs the account out everywhere: whoever had the old password is out. */
  async resetPassword(token: string, password: string, client: ClientInfo): Promise<void> {
    const limits = this.config.rateLimits;
    await this.rateLimits.consume({
      key: `reset:ip:${client.ip}`,
      max: limits.resetPerIp,
      windowSeconds: limits.resetWindowSeconds,
    });
    const userId = await this.accounts.resetPassword(token, password);
    await this.sessions.revokeAll(userId);
  }

  /** Changing the password keeps this device signed in and ends every other session. */
  async changePassword(user: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    await this.accounts.changePassword(user.id, currentPassword, newPassword);
    await this.sessions.revokeAll(user.id, user.sessionId);
  }

  /**
   * Suspends an account or lifts the suspension. Suspending ends every session at once:
   * the next request with any of its tokens is refused. False when there is no such account.
   */
  async setSuspended(userId: string, suspended: boolean): Promise<boolean> {
    if (!(await this.users.setSuspended(userId, suspended))) return false;
    if (suspended) await this.sessions.revokeAll(userId);
    return true;
  }

  async listSessions(user: AuthUser): Promise<SessionInfo[]> {
    const sessions = await this.sessions.listLive(user.id);
    return sessions.map((session) => ({
      id: session.id,
      createdAt: session.createdAt.toISOString(),
      lastUsedAt: session.lastUsedAt.toISOString(),
      userAgent: session.userAgent,
      ip: session.ip,
      current: session.id === user.sessionId,
    }));
  }

  async revokeSession(user: AuthUser, sessionId: string): Promise<void> {
    if (!(await this.sessions.revoke(user.id, sessionId))) throw authErrors.sessionNotFound();
  }

  private authResult(userId: string, sessionId: string, user: AuthResult['user']): AuthResult {
    const ttl = this.config.auth.accessTokenTtlSeconds;
    return {
      accessToken: signAccessToken({ sub: userId, sid: sessionId }, this.config.auth.secret, ttl),
      expiresIn: ttl,
      user,
    };
  }
}
