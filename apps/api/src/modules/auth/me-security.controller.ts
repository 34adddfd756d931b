import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ChangePasswordRequest, SessionList } from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { authErrors } from './auth.errors';
import { AuthService } from './auth.service';

class ChangePasswordDto extends createZodDto(ChangePasswordRequest) {}
class SessionListDto extends createZodDto(SessionList) {}

@ApiTags('account security')
@ApiBearerAuth()
@Controller('me')
export class MeSecurityController {
  constructor(private readonly auth: AuthService) {}

  @Get('sessions')
  @ZodResponse({
    status: 200,
    type: SessionListDto,
    description: 'Signed-in devices, most recently used first',
  })
  async sessions(@CurrentUser() user: AuthUser): Promise<SessionList> {
    return { items: await this.auth.listSessions(user) };
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  async revokeSession(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => authErrors.sessionNotFound() })) id: string,
  ): Promise<void> {
    await this.auth.revokeSession(user, id);
  }

  @Post('password')
  @HttpCode(204)
  async changePassword(@CurrentUser() user: AuthUser, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(user, body.currentPassword, body.newPassword);
  }
}
