import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  BallotChangeRequest,
  Budget,
  BudgetListQuery,
  BudgetPage,
  BudgetResults,
  CreateBudgetRequest,
  CreateProjectRequest,
  Project,
  UpdateBudgetRequest,
  UpdateProjectRequest,
} from '@open-spaces/contracts';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { RequireVerifiedEmail } from '../../common/auth/verified.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { BallotsService } from './ballots.service';
import { BudgetCalendarService } from './budget-calendar.service';
import { BudgetsService } from './budgets.service';

class CreateBudgetDto extends createZodDto(CreateBudgetRequest) {}
class UpdateBudgetDto extends createZodDto(UpdateBudgetRequest) {}
class CreateProjectDto extends createZodDto(CreateProjectRequest) {}
class UpdateProjectDto extends createZodDto(UpdateProjectRequest) {}
class BallotChangeDto extends createZodDto(BallotChangeRequest) {}
class BudgetListQueryDto extends createZodDto(BudgetListQuery) {}
class BudgetDto extends createZodDto(Budget) {}
class BudgetPageDto extends createZodDto(BudgetPage) {}
class BudgetResultsDto extends createZodDto(BudgetResults) {}
class ProjectDto extends createZodDto(Project) {}

@ApiTags('budgets')
@Controller('processes/:processId/budgets')
export class ProcessBudgetsController {
  constructor(private readonly budgets: BudgetsService) {}

  @Public()
  @Get()
  @ZodResponse({ status: 200, type: BudgetPageDto, description: 'The process’s budgets, newest first' })
  list(
    @Viewer() viewer: AuthUser | undefined,
    @Param('processId') processId: string,
    @Query() query: BudgetListQueryDto,
  ): Promise<BudgetPage> {
    return this.budgets.list(processId, viewer, query);
  }

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Post()
  @ZodResponse({ status: 201, type: BudgetDto, description: 'Created (the process’s organisers)' })
  create(
    @CurrentUser() user: AuthUser,
    @Param('processId') processId: string,
    @Body() body: CreateBudgetDto,
  ): Promise<Budget> {
    return this.budgets.create(processId, user, body);
  }
}

@ApiTags('budgets')
@Controller('budgets')
export class BudgetsController {
  constructor(
    private readonly budgets: BudgetsService,
    private readonly ballots: BallotsService,
    private readonly calendar: BudgetCalendarService,
  ) {}

  @Public()
  @Get(':id.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The voting dates as iCalendar', schema: { type: 'string' } })
  async ics(
    @Viewer() viewer: AuthUser | undefined,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.calendar.votingCalendar(id, viewer);
    reply.header('content-type', 'text/calendar; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="budget-${id}.ics"`);
    return body;
  }

  @Public()
  @Get(':id/results')
  @ZodResponse({
    status: 200,
    type: BudgetResultsDto,
    description: 'Projects ranked by votes and the winning set, once voting has closed',
  })
  results(@Viewer() viewer: AuthUser | undefined, @Param('id') id: string): Promise<BudgetResults> {
    return this.ballots.results(id, viewer);
  }

  @Public()
  @Get(':id')
  @ZodResponse({
    status: 200,
    type: BudgetDto,
    description: 'The budget, its projects and the viewer’s ballot',
  })
  get(@Viewer() viewer: AuthUser | undefined, @Param('id') id: string): Promise<Budget> {
    return this.budgets.get(id, viewer);
  }

  @ApiBearerAuth()
  @Patch(':id')
  @ZodResponse({ status: 200, type: BudgetDto, description: 'Changed (the process’s organisers)' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: UpdateBudgetDto,
  ): Promise<Budget> {
    return this.budgets.update(id, user, body);
  }

  @ApiBearerAuth()
  @Post(':id/projects')
  @ZodResponse({ status: 201, type: ProjectDto, description: 'Added, until the first vote (organisers)' })
  addProject(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: CreateProjectDto,
  ): Promise<Project> {
    return this.budgets.addProject(id, user, body);
  }

  @ApiBearerAuth()
  @Patch(':id/projects/:projectId')
  @ZodResponse({ status: 200, type: ProjectDto, description: 'Changed, until the first vote (organisers)' })
  updateProject(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Param('projectId') projectId: string,
    @Body() body: UpdateProjectDto,
  ): Promise<Project> {
    return this.budgets.updateProject(id, projectId, user, body);
  }

  @ApiBearerAuth()
  @Delete(':id/projects/:projectId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed, until the first vote (organisers)' })
  async removeProject(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Param('projectId') projectId: string,
  ): Promise<void> {
    await this.budgets.removeProject(id, projectId, user);
  }

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Post(':id/ballot/projects')
  @HttpCode(200)
  @ZodResponse({
    status: 200,
    type: BudgetDto,
    description: 'The project is on the viewer’s ballot (made if need be) while voting is open',
  })
  addToBallot(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: BallotChangeDto,
  ): Promise<Budget> {
    return this.ballots.add(id, body.projectId, user);
  }

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Delete(':id/ballot/projects/:projectId')
  @ZodResponse({ status: 200, type: BudgetDto, description: 'The project is off the viewer’s ballot' })
  removeFromBallot(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Param('projectId') projectId: string,
  ): Promise<Budget> {
    return this.ballots.remove(id, projectId, user);
  }

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Post(':id/ballot/checkout')
  @HttpCode(200)
  @ZodResponse({
    status: 200,
    type: BudgetDto,
    description: 'The viewer’s ballot is final, having kept the rule; it counts from now',
  })
  checkOut(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<Budget> {
    return this.ballots.checkOut(id, user);
  }
}
