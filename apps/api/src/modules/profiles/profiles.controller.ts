import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiMovedPermanentlyResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Profile, ProfileDirectoryQuery, ProfilePage } from '@open-spaces/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/auth/public.decorator';
import { ProfilesService } from './profiles.service';

class ProfileDto extends createZodDto(Profile) {}
class ProfilePageDto extends createZodDto(ProfilePage) {}
class ProfileDirectoryQueryDto extends createZodDto(ProfileDirectoryQuery) {}

@ApiTags('profiles')
@ApiBearerAuth()
@Controller('profiles')
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @Public()
  @Get()
  @ZodResponse({
    status: 200,
    type: ProfilePageDto,
    description: 'People the viewer may see, in name order; members-only profiles need a sign-in',
  })
  directory(@Query() query: ProfileDirectoryQueryDto, @Req() request: FastifyRequest): Promise<ProfilePage> {
    return this.profiles.directory(query, request.user);
  }

  /** An old handle answers 301 to the current one; a profile the viewer may not see is a 404. */
  @Public()
  @Get(':handle')
  @ApiOkResponse({ type: ProfileDto, description: 'The profile, as this viewer may see it' })
  @ApiMovedPermanentlyResponse({ description: 'An old handle: Location names the current one' })
  async byHandle(
    @Param('handle') handle: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const found = await this.profiles.findByHandle(handle, request.user);
    if (found.kind === 'moved') {
      await reply.status(301).header('location', `/api/profiles/${found.handle}`).send();
      return;
    }
    await reply.send(found.profile);
  }
}
