import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  PageQuery,
  ProposeToolRequest,
  ReviewToolRequest,
  Tool,
  ToolDirectoryQuery,
  ToolPage,
  ToolUsage,
  ToolUsagePage,
  ToolUsageRequest,
} from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { RequireVerifiedEmail } from '../../common/auth/verified.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { ToolUsagesService } from './tool-usages.service';
import { ToolsService } from './tools.service';

class ProposeToolDto extends createZodDto(ProposeToolRequest) {}
class ReviewToolDto extends createZodDto(ReviewToolRequest) {}
class ToolDirectoryQueryDto extends createZodDto(ToolDirectoryQuery) {}
class ToolUsageDto extends createZodDto(ToolUsageRequest) {}
class PageQueryDto extends createZodDto(PageQuery) {}
class ToolResponse extends createZodDto(Tool) {}
class ToolPageResponse extends createZodDto(ToolPage) {}
class ToolUsageResponse extends createZodDto(ToolUsage) {}
class ToolUsagePageResponse extends createZodDto(ToolUsagePage) {}

@ApiTags('tools')
@Controller('tools')
export class ToolsController {
  constructor(
    private readonly tools: ToolsService,
    private readonly toolUsages: ToolUsagesService,
  ) {}

  @Public()
  @Get()
  @ZodResponse({
    status: 200,
    type: ToolPageResponse,
    description: 'Approved tools by name; `status=pending` lists proposals (moderators only)',
  })
  directory(
    @Viewer() viewer: AuthUser | undefined,
    @Query() query: ToolDirectoryQueryDto,
  ): Promise<ToolPage> {
    return this.tools.directory(viewer, query);
  }

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Post()
  @ZodResponse({ status: 201, type: ToolResponse, description: 'Proposed; it waits for a moderator' })
  propose(@CurrentUser() user: AuthUser, @Body() body: ProposeToolDto): Promise<Tool> {
    return this.tools.propose(user, body);
  }

  @Public()
  @Get(':slug')
  @ZodResponse({ status: 200, type: ToolResponse, description: 'The tool, if the viewer may see it' })
  get(@Viewer() viewer: AuthUser | undefined, @Param('slug') slug: string): Promise<Tool> {
    return this.tools.get(slug, viewer);
  }

  @ApiBearerAuth()
  @Post(':slug/review')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: ToolResponse, description: 'Approved or rejected (moderators only)' })
  review(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Body() body: ReviewToolDto,
  ): Promise<Tool> {
    return this.tools.review(slug, user, body);
  }

  @Public()
  @Get(':slug/usages')
  @ZodResponse({
    status: 200,
    type: ToolUsagePageResponse,
    description: 'Organisations the viewer may see that use it, latest note first',
  })
  usages(
    @Viewer() viewer: AuthUser | undefined,
    @Param('slug') slug: string,
    @Query() query: PageQueryDto,
  ): Promise<ToolUsagePage> {
    return this.toolUsages.list(slug, viewer, query);
  }

  @ApiBearerAuth()
  @Put(':slug/usages/:organisation')
  @ZodResponse({
    status: 200,
    type: ToolUsageResponse,
    description: '"We use it" with a note (owners, admins and editors of the organisation)',
  })
  setUsage(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Param('organisation') organisation: string,
    @Body() body: ToolUsageDto,
  ): Promise<ToolUsage> {
    return this.toolUsages.set(slug, organisation, user, body);
  }

  @ApiBearerAuth()
  @Delete(':slug/usages/:organisation')
  @HttpCode(204)
  removeUsage(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Param('organisation') organisation: string,
  ): Promise<void> {
    return this.toolUsages.remove(slug, organisation, user);
  }
}
