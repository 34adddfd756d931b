import { z } from 'zod';
import { Locale } from './taxonomy.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid email address.' }))
  .transform((value) => value.toLowerCase());

export const Password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `Use at least ${PASSWORD_MIN_LENGTH} characters.` })
  .max(PASSWORD_MAX_LENGTH, { message: `Use at most ${PASSWORD_MAX_LENGTH} characters.` });

export const DisplayName = z
  .string()
  .trim()
  .min(1, { message: 'Enter your name.' })
  .max(80, { message: 'Use at most 80 characters.' });

export const SiteRole = z.enum(['member', 'moderator', 'admin']);
export type SiteRole = z.infer<typeof SiteRole>;

export const RegisterRequest = z.object({
  email: Email,
  password: Password,
  displayName: DisplayName,
  /** The language of the account's mails; without it, the request's Accept-Language decides. */
  locale: Locale.optional(),
});
export type RegisterRequest = z.input<typeof RegisterRequest>;

export const LoginRequest = z.object({
  email: Email,
  password: z.string().min(1, { message: 'Enter your password.' }).max(PASSWORD_MAX_LENGTH),
});
export type LoginRequest = z.input<typeof LoginRequest>;

const Token = z.string().min(16).max(256);

export const VerifyEmailRequest = z.object({ token: Token });
export type VerifyEmailRequest = z.input<typeof VerifyEmailRequest>;

export const ResendVerificationRequest = z.object({});

export const ForgotPasswordRequest = z.object({ email: Email });
export type ForgotPasswordRequest = z.input<typeof ForgotPasswordRequest>;

export const ResetPasswordRequest = z.object({ token: Token, password: Password });
export type ResetPasswordRequest = z.input<typeof ResetPasswordRequest>;

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, { message: 'Enter your current password.' }).max(PASSWORD_MAX_LENGTH),
  newPassword: Password,
});
export type ChangePasswordRequest = z.input<typeof ChangePasswordRequest>;

export const Me = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: SiteRole,
  emailVerified: z.boolean(),
  /** The language the account's mails are written in. */
  locale: Locale,
  createdAt: z.iso.datetime(),
});
export type Me = z.infer<typeof Me>;

/** The account settings its holder may change at PATCH /api/me; unknown fields are refused. */
export const UpdateMeRequest = z.object({ locale: Locale }).strict();
export type UpdateMeRequest = z.input<typeof UpdateMeRequest>;

/** What sign-in and refresh return; the refresh token travels in an httpOnly cookie. */
export const AuthResult = z.object({
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int(),
  user: Me,
});
export type AuthResult = z.infer<typeof AuthResult>;

export const SessionInfo = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const SessionList = z.object({ items: z.array(SessionInfo) });
export type SessionList = z.infer<typeof SessionList>;

export const Accepted = z.object({ status: z.literal('accepted') });
export type Accepted = z.infer<typeof Accepted>;
