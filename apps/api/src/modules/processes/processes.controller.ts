import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  CaseDraft,
  CreateProcessRequest,
  Process,
  ProcessListQuery,
  ProcessPage,
  UpdateProcessRequest,
} from '@open-spaces/contracts';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { ProcessCaseService } from './process-case.service';
import { ProcessPublishingService } from './process-publishing.service';
import { ProcessesService } from './processes.service';

class CreateProcessDto extends createZodDto(CreateProcessRequest) {}
class UpdateProcessDto extends createZodDto(UpdateProcessRequest) {}
class ProcessListQueryDto extends createZodDto(ProcessListQuery) {}
class ProcessDto extends createZodDto(Process) {}
class ProcessPageDto extends createZodDto(ProcessPage) {}
class CaseDraftDto extends createZodDto(CaseDraft) {}

@ApiTags('processes')
@Controller('processes')
export class ProcessesController {
  constructor(
    private readonly processes: ProcessesService,
    private readonly publishing: ProcessPublishingService,
    private readonly cases: ProcessCaseService,
  ) {}

  @ApiBearerAuth()
  @Post()
  @ZodResponse({
    status: 201,
    type: ProcessDto,
    description: 'Opened by an admin or owner of the organisation',
  })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateProcessDto): Promise<Process> {
    return this.processes.create(user, body);
  }

  @Public()
  @Get()
  @ZodResponse({
    status: 200,
    type: ProcessPageDto,
    description: 'Processes the viewer may see, newest first',
  })
  list(@Viewer() viewer: AuthUser | undefined, @Query() query: ProcessListQueryDto): Promise<ProcessPage> {
    return this.processes.list(viewer, query);
  }

  @Public()
  @Get('feed.atom')
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({
    description: 'The newest consultations anyone may see, as Atom',
    schema: { type: 'string' },
  })
  async atom(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const body = await this.publishing.atom();
    reply.header('content-type', 'application/atom+xml; charset=utf-8');
    return body;
  }

  @Public()
  @Get(':id.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The phases as iCalendar, one event per phase', schema: { type: 'string' } })
  async ics(
    @Viewer() viewer: AuthUser | undefined,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.publishing.calendar(id, viewer);
    reply.header('content-type', 'text/calendar; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="process-${id}.ics"`);
    return body;
  }

  @Public()
  @Get(':id')
  @ZodResponse({
    status: 200,
    type: ProcessDto,
    description: 'The process with its phases, if the viewer may see it',
  })
  get(@Viewer() viewer: AuthUser | undefined, @Param('id') id: string): Promise<Process> {
    return this.processes.get(id, viewer);
  }

  @ApiBearerAuth()
  @Patch(':id')
  @ZodResponse({ status: 200, type: ProcessDto, description: 'Changed by an organiser' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: UpdateProcessDto,
  ): Promise<Process> {
    return this.processes.update(id, user, body);
  }

  @ApiBearerAuth()
  @Post(':id/case')
  @ZodResponse({
    status: 201,
    type: CaseDraftDto,
    description: 'A finished process written up as a submitted case, for its organiser to complete',
  })
  draftCase(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<CaseDraft> {
    return this.cases.draft(id, user);
  }
}
