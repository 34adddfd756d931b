import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Member, MemberPage, PageQuery, UpdateMemberRequest } from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { MembersService } from './members.service';

class MemberPageQueryDto extends createZodDto(PageQuery) {}
class UpdateMemberDto extends createZodDto(UpdateMemberRequest) {}
class MemberDto extends createZodDto(Member) {}
class MemberPageDto extends createZodDto(MemberPage) {}

@ApiTags('organisations')
@Controller('organisations/:slug')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Public()
  @Get('members')
  @ZodResponse({
    status: 200,
    type: MemberPageDto,
    description: 'Members by name, if the organisation shows them; hidden profiles never appear',
  })
  list(
    @Viewer() viewer: AuthUser | undefined,
    @Param('slug') slug: string,
    @Query() query: MemberPageQueryDto,
  ): Promise<MemberPage> {
    return this.members.list(slug, viewer, query);
  }

  @ApiBearerAuth()
  @Patch('members/:handle')
  @ZodResponse({ status: 200, type: MemberDto, description: 'The role was changed (owners and admins)' })
  changeRole(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Param('handle') handle: string,
    @Body() body: UpdateMemberDto,
  ): Promise<Member> {
    return this.members.changeRole(slug, user, handle, body.role);
  }

  @ApiBearerAuth()
  @Delete('members/:handle')
  @HttpCode(204)
  async remove(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Param('handle') handle: string,
  ): Promise<void> {
    await this.members.remove(slug, user, handle);
  }

  @ApiBearerAuth()
  @Post('leave')
  @HttpCode(204)
  async leave(@CurrentUser() user: AuthUser, @Param('slug') slug: string): Promise<void> {
    await this.members.leave(slug, user);
  }
}
