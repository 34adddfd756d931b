import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  CreateProcessRequest,
  Process,
  ProcessListQuery,
  ProcessPage,
  UpdateProcessRequest,
} from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { ProcessesService } from './processes.service';

class CreateProcessDto extends createZodDto(CreateProcessRequest) {}
class UpdateProcessDto extends createZodDto(UpdateProcessRequest) {}
class ProcessListQueryDto extends createZodDto(ProcessListQuery) {}
class ProcessDto extends createZodDto(Process) {}
class ProcessPageDto extends createZodDto(ProcessPage) {}

@ApiTags('processes')
@Controller('processes')
export class ProcessesController {
  constructor(private readonly processes: ProcessesService) {}

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
}
