import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, type ApiBodyOptions, ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  CreateOrganisationRequest,
  Organisation,
  OrganisationDirectoryQuery,
  OrganisationPage,
  UpdateOrganisationRequest,
} from '@open-spaces/contracts';
import type { FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { RequireVerifiedEmail } from '../../common/auth/verified.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { ReadsUpload, readImageUpload } from '../../common/storage/upload';
import { OrganisationsService } from './organisations.service';

class CreateOrganisationDto extends createZodDto(CreateOrganisationRequest) {}
class UpdateOrganisationDto extends createZodDto(UpdateOrganisationRequest) {}
class OrganisationDirectoryQueryDto extends createZodDto(OrganisationDirectoryQuery) {}
class OrganisationDto extends createZodDto(Organisation) {}
class OrganisationPageDto extends createZodDto(OrganisationPage) {}

const IMAGE_UPLOAD: ApiBodyOptions = {
  schema: {
    type: 'object',
    properties: { file: { type: 'string', format: 'binary', description: 'PNG, JPEG or WebP, up to 5 MB' } },
    required: ['file'],
  },
};

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Post()
  @ZodResponse({ status: 201, type: OrganisationDto, description: 'Created; the creator is its owner' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateOrganisationDto): Promise<Organisation> {
    return this.organisations.create(user, body);
  }

  @Public()
  @Get()
  @ZodResponse({
    status: 200,
    type: OrganisationPageDto,
    description: 'Organisations the viewer may see, by name',
  })
  directory(
    @Viewer() viewer: AuthUser | undefined,
    @Query() query: OrganisationDirectoryQueryDto,
  ): Promise<OrganisationPage> {
    return this.organisations.directory(viewer, query);
  }

  @Public()
  @Get(':slug')
  @ZodResponse({
    status: 200,
    type: OrganisationDto,
    description: 'The organisation, if the viewer may see it',
  })
  get(@Viewer() viewer: AuthUser | undefined, @Param('slug') slug: string): Promise<Organisation> {
    return this.organisations.get(slug, viewer);
  }

  @ApiBearerAuth()
  @Patch(':slug')
  @ZodResponse({ status: 200, type: OrganisationDto, description: 'Updated (owners, admins and editors)' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Body() body: UpdateOrganisationDto,
  ): Promise<Organisation> {
    return this.organisations.update(slug, user, body);
  }

  @ApiBearerAuth()
  @Post(':slug/logo')
  @HttpCode(200)
  @ReadsUpload()
  @ApiConsumes('multipart/form-data')
  @ApiBody(IMAGE_UPLOAD)
  @ZodResponse({ status: 200, type: OrganisationDto, description: 'The logo was replaced' })
  setLogo(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Req() request: FastifyRequest,
  ): Promise<Organisation> {
    return this.organisations.setLogo(slug, user, () => readImageUpload(request));
  }

  @ApiBearerAuth()
  @Delete(':slug/logo')
  @ZodResponse({ status: 200, type: OrganisationDto, description: 'The logo was removed' })
  removeLogo(@CurrentUser() user: AuthUser, @Param('slug') slug: string): Promise<Organisation> {
    return this.organisations.removeLogo(slug, user);
  }
}
