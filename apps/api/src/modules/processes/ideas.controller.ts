import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  AnswerIdeaRequest,
  CreateIdeaCommentRequest,
  CreateIdeaRequest,
  CreateIdeaUpdateRequest,
  Idea,
  IdeaComment,
  IdeaCommentPage,
  IdeaListQuery,
  IdeaPage,
  IdeaResults,
  PageQuery,
  SupportState,
  UpdateIdeaRequest,
} from '@open-spaces/contracts';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { RequireVerifiedEmail } from '../../common/auth/verified.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { IdeaAnswersService } from './idea-answers.service';
import { IdeaCommentsService } from './idea-comments.service';
import { IdeasService } from './ideas.service';

class CreateIdeaDto extends createZodDto(CreateIdeaRequest) {}
class UpdateIdeaDto extends createZodDto(UpdateIdeaRequest) {}
class IdeaListQueryDto extends createZodDto(IdeaListQuery) {}
class CreateIdeaCommentDto extends createZodDto(CreateIdeaCommentRequest) {}
class AnswerIdeaDto extends createZodDto(AnswerIdeaRequest) {}
class CreateIdeaUpdateDto extends createZodDto(CreateIdeaUpdateRequest) {}
class PageQueryDto extends createZodDto(PageQuery) {}
class IdeaDto extends createZodDto(Idea) {}
class IdeaPageDto extends createZodDto(IdeaPage) {}
class IdeaCommentDto extends createZodDto(IdeaComment) {}
class IdeaCommentPageDto extends createZodDto(IdeaCommentPage) {}
class SupportStateDto extends createZodDto(SupportState) {}
class IdeaResultsDto extends createZodDto(IdeaResults) {}

@ApiTags('processes')
@Controller('processes/:processId')
export class ProcessIdeasController {
  constructor(
    private readonly ideas: IdeasService,
    private readonly answers: IdeaAnswersService,
  ) {}

  @Public()
  @Get('ideas')
  @ZodResponse({ status: 200, type: IdeaPageDto, description: 'The ideas of a process, sorted and filtered' })
  list(
    @Viewer() viewer: AuthUser | undefined,
    @Param('processId') processId: string,
    @Query() query: IdeaListQueryDto,
  ): Promise<IdeaPage> {
    return this.ideas.list(processId, viewer, query);
  }

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Post('ideas')
  @ZodResponse({ status: 201, type: IdeaDto, description: 'Proposed while a phase takes ideas' })
  propose(
    @CurrentUser() user: AuthUser,
    @Param('processId') processId: string,
    @Body() body: CreateIdeaDto,
  ): Promise<Idea> {
    return this.ideas.propose(processId, user, body);
  }

  @Public()
  @Get('results.json')
  @ZodResponse({
    status: 200,
    type: IdeaResultsDto,
    description: 'Every idea with its counts and answer state; no personal data',
  })
  results(
    @Viewer() viewer: AuthUser | undefined,
    @Param('processId') processId: string,
  ): Promise<IdeaResults> {
    return this.answers.results(processId, viewer);
  }

  @Public()
  @Get('results.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The results as CSV; no personal data', schema: { type: 'string' } })
  async resultsCsv(
    @Viewer() viewer: AuthUser | undefined,
    @Param('processId') processId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.answers.resultsCsv(processId, viewer);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="process-${processId}-results.csv"`);
    return body;
  }
}

@ApiTags('processes')
@Controller('ideas')
export class IdeasController {
  constructor(
    private readonly ideas: IdeasService,
    private readonly comments: IdeaCommentsService,
    private readonly answers: IdeaAnswersService,
  ) {}

  @Public()
  @Get(':id')
  @ZodResponse({
    status: 200,
    type: IdeaDto,
    description: 'The idea with its published answer and follow-ups',
  })
  get(@Viewer() viewer: AuthUser | undefined, @Param('id') id: string): Promise<Idea> {
    return this.ideas.get(id, viewer);
  }

  @ApiBearerAuth()
  @Patch(':id')
  @ZodResponse({
    status: 200,
    type: IdeaDto,
    description: 'Edited by its author until the first support or published answer',
  })
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: UpdateIdeaDto): Promise<Idea> {
    return this.ideas.update(id, user, body);
  }

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Put(':id/support')
  @ZodResponse({ status: 200, type: SupportStateDto, description: 'Supported, once per person' })
  support(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<SupportState> {
    return this.ideas.support(id, user);
  }

  @ApiBearerAuth()
  @Delete(':id/support')
  @ZodResponse({
    status: 200,
    type: SupportStateDto,
    description: 'Support withdrawn while supporting is open',
  })
  withdraw(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<SupportState> {
    return this.ideas.withdraw(id, user);
  }

  @Public()
  @Get(':id/comments')
  @ZodResponse({
    status: 200,
    type: IdeaCommentPageDto,
    description: 'Comments with their replies, oldest first',
  })
  listComments(
    @Viewer() viewer: AuthUser | undefined,
    @Param('id') id: string,
    @Query() query: PageQueryDto,
  ): Promise<IdeaCommentPage> {
    return this.comments.list(id, viewer, query);
  }

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Post(':id/comments')
  @ZodResponse({ status: 201, type: IdeaCommentDto, description: 'Written while a phase takes comments' })
  comment(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: CreateIdeaCommentDto,
  ): Promise<IdeaComment> {
    return this.comments.create(id, user, body);
  }

  @ApiBearerAuth()
  @Put(':id/answer')
  @ZodResponse({
    status: 200,
    type: IdeaDto,
    description: 'The organiser saves an answer as a draft, or publishes it and tells the author',
  })
  answer(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: AnswerIdeaDto): Promise<Idea> {
    return this.answers.answer(id, user, body);
  }

  @ApiBearerAuth()
  @Post(':id/updates')
  @ZodResponse({ status: 201, type: IdeaDto, description: 'A dated follow-up on an accepted idea' })
  postUpdate(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: CreateIdeaUpdateDto,
  ): Promise<Idea> {
    return this.answers.postUpdate(id, user, body);
  }
}
