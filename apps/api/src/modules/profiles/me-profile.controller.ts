import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { MyProfile, UpdateProfileRequest } from '@open-spaces/contracts';
import type { FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { ReadsUpload, readImageUpload } from '../../common/storage/upload';
import { ProfilesService } from './profiles.service';

class MyProfileDto extends createZodDto(MyProfile) {}
class UpdateProfileDto extends createZodDto(UpdateProfileRequest) {}

@ApiTags('profiles')
@ApiBearerAuth()
@Controller('me')
export class MeProfileController {
  constructor(private readonly profiles: ProfilesService) {}

  @Get('profile')
  @ZodResponse({
    status: 200,
    type: MyProfileDto,
    description: 'The signed-in person’s profile and its settings',
  })
  mine(@CurrentUser() user: AuthUser): Promise<MyProfile> {
    return this.profiles.mine(user.id);
  }

  @Patch('profile')
  @ZodResponse({ status: 200, type: MyProfileDto, description: 'The profile after the change' })
  update(@CurrentUser() user: AuthUser, @Body() body: UpdateProfileDto): Promise<MyProfile> {
    return this.profiles.updateMine(user.id, body);
  }

  @Post('avatar')
  @HttpCode(200)
  @ReadsUpload()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: 'A PNG, JPEG or WebP image of at most 5 MB, in the field `file`',
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ZodResponse({ status: 200, type: MyProfileDto, description: 'The profile with its new avatar' })
  async uploadAvatar(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest): Promise<MyProfile> {
    return this.profiles.replaceAvatar(user.id, await readImageUpload(request));
  }

  @Delete('avatar')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The avatar and its files are gone' })
  async removeAvatar(@CurrentUser() user: AuthUser): Promise<void> {
    await this.profiles.removeAvatar(user.id);
  }
}
