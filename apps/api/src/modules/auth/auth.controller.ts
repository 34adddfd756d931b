import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  Accepted,
  AuthResult,
  ForgotPasswordRequest,
  LoginRequest,
  ResetPasswordRequest,
} from '@open-spaces/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/auth/public.decorator';
import { AppException } from '../../common/errors/app.exception';
import { SESSION_COOKIE } from '../../common/http/csrf.guard';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { AuthService, type ClientInfo } from './auth.service';

class LoginDto extends createZodDto(LoginRequest) {}
class AuthResultDto extends createZodDto(AuthResult) {}
class ForgotPasswordDto extends createZodDto(ForgotPasswordRequest) {}
class ResetPasswordDto extends createZodDto(ResetPasswordRequest) {}
class AcceptedDto extends createZodDto(Accepted) {}

const COOKIE_PATH = '/api/auth';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ZodResponse({
    status: 200,
    type: AuthResultDto,
    description: 'Signed in; the refresh token is set as a cookie',
  })
  async login(
    @Body() body: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResult> {
    const { result, refreshToken } = await this.auth.login(body.email, body.password, clientInfo(request));
    this.setSessionCookie(reply, refreshToken);
    return result;
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ZodResponse({
    status: 200,
    type: AuthResultDto,
    description: 'A new access token; the refresh cookie rotates',
  })
  async refresh(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResult> {
    try {
      const { result, refreshToken } = await this.auth.refresh(
        request.cookies[SESSION_COOKIE],
        clientInfo(request),
      );
      this.setSessionCookie(reply, refreshToken);
      return result;
    } catch (error) {
      // Only a refused token ends the browser's session; an outage must not sign it out.
      if (error instanceof AppException && error.status === 401) {
        reply.clearCookie(SESSION_COOKIE, { path: COOKIE_PATH });
      }
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(request.user, request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: COOKIE_PATH });
  }

  @Public()
  @Post('password/forgot')
  @ZodResponse({
    status: 202,
    type: AcceptedDto,
    description: 'Always accepted; a link is mailed if the account exists',
  })
  async forgotPassword(@Body() body: ForgotPasswordDto, @Req() request: FastifyRequest): Promise<Accepted> {
    await this.auth.forgotPassword(body.email, clientInfo(request));
    return { status: 'accepted' };
  }

  @Public()
  @Post('password/reset')
  @HttpCode(204)
  async resetPassword(@Body() body: ResetPasswordDto, @Req() request: FastifyRequest): Promise<void> {
    await this.auth.resetPassword(body.token, body.password, clientInfo(request));
  }

  private setSessionCookie(reply: FastifyReply, token: string): void {
    reply.setCookie(SESSION_COOKIE, token, {
      path: COOKIE_PATH,
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.isProduction,
      maxAge: this.config.auth.refreshTokenTtlDays * 86_400,
    });
  }
}

export function clientInfo(request: FastifyRequest): ClientInfo {
  return { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null };
}
