import { Body, Controller, Get, Headers, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Accepted, Me, RegisterRequest, UpdateMeRequest, VerifyEmailRequest } from '@open-spaces/contracts';
import type { FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { localeFromAcceptLanguage } from './accept-language';
import { AccountsService, toMe } from './accounts.service';

class RegisterDto extends createZodDto(RegisterRequest) {}
class VerifyEmailDto extends createZodDto(VerifyEmailRequest) {}
class MeDto extends createZodDto(Me) {}
class UpdateMeDto extends createZodDto(UpdateMeRequest) {}
class AcceptedDto extends createZodDto(Accepted) {}

@ApiTags('accounts')
@Controller()
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Post('auth/register')
  @ZodResponse({
    status: 202,
    type: AcceptedDto,
    description:
      'Always the same answer: a new address gets its account and a verification link, a taken one a notice to its owner',
  })
  async register(
    @Body() body: RegisterDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<Accepted> {
    const locale = body.locale ?? localeFromAcceptLanguage(acceptLanguage);
    await this.accounts.register({ ...body, locale, ip: request.ip ?? null });
    return { status: 'accepted' };
  }

  @Public()
  @Post('auth/verify-email')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: MeDto, description: 'The email address is confirmed' })
  async verifyEmail(@Body() body: VerifyEmailDto): Promise<Me> {
    return toMe(await this.accounts.verifyEmail(body.token));
  }

  @ApiBearerAuth()
  @Post('auth/resend-verification')
  @ZodResponse({ status: 202, type: AcceptedDto, description: 'A new link was mailed if still unverified' })
  async resendVerification(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest): Promise<Accepted> {
    await this.accounts.resendVerification(user.id, request.ip ?? null);
    return { status: 'accepted' };
  }

  @ApiBearerAuth()
  @Get('me')
  @ZodResponse({ status: 200, type: MeDto, description: 'The signed-in account' })
  me(@CurrentUser() user: AuthUser): Promise<Me> {
    return this.accounts.me(user.id);
  }

  @ApiBearerAuth()
  @Patch('me')
  @ZodResponse({ status: 200, type: MeDto, description: 'The signed-in account after the change' })
  updateMe(@CurrentUser() user: AuthUser, @Body() body: UpdateMeDto): Promise<Me> {
    return this.accounts.updateMe(user.id, body);
  }
}
