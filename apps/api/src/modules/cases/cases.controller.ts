import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  Case,
  CaseFacetQuery,
  CaseFacets,
  CasePage,
  CaseQuery,
  CaseRequest,
  CaseReviewRequest,
  PageQuery,
  SimilarCaseList,
} from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { RequireVerifiedEmail } from '../../common/auth/verified.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { CaseDirectoryService } from './case-directory.service';
import { CaseReviewService } from './case-review.service';
import { CasesService } from './cases.service';
import { CasesFeedService } from './cases-feed.service';

class CaseRequestDto extends createZodDto(CaseRequest) {}
class CaseReviewDto extends createZodDto(CaseReviewRequest) {}
class CaseQueryDto extends createZodDto(CaseQuery) {}
class CaseFacetQueryDto extends createZodDto(CaseFacetQuery) {}
class PageQueryDto extends createZodDto(PageQuery) {}
class CaseResponse extends createZodDto(Case) {}
class CasePageResponse extends createZodDto(CasePage) {}
class CaseFacetsResponse extends createZodDto(CaseFacets) {}
class SimilarCaseListResponse extends createZodDto(SimilarCaseList) {}

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly directory: CaseDirectoryService,
    private readonly review: CaseReviewService,
    private readonly feeds: CasesFeedService,
  ) {}

  @Public()
  @Get()
  @ZodResponse({
    status: 200,
    type: CasePageResponse,
    description: 'Published cases, newest first, filtered',
  })
  list(@Viewer() viewer: AuthUser | undefined, @Query() query: CaseQueryDto): Promise<CasePage> {
    return this.directory.list(viewer, query);
  }

  @Public()
  @Get('facets')
  @ZodResponse({
    status: 200,
    type: CaseFacetsResponse,
    description: 'How many published cases matching the filters have each filter value',
  })
  facets(@Viewer() viewer: AuthUser | undefined, @Query() query: CaseFacetQueryDto): Promise<CaseFacets> {
    return this.directory.facets(viewer, query);
  }

  @Public()
  @Get('feed.atom')
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  @ApiProduces('application/atom+xml')
  feedAtom(): Promise<string> {
    return this.feeds.atom();
  }

  @ApiBearerAuth()
  @Get('mine')
  @ZodResponse({
    status: 200,
    type: CasePageResponse,
    description: 'Your cases in every state, newest first',
  })
  mine(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto): Promise<CasePage> {
    return this.cases.mine(user, query);
  }

  @ApiBearerAuth()
  @Get('submitted')
  @ZodResponse({
    status: 200,
    type: CasePageResponse,
    description: 'Cases waiting for review, longest waiting first (moderators only)',
  })
  submitted(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto): Promise<CasePage> {
    return this.review.queue(user, query);
  }

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Post()
  @ZodResponse({ status: 201, type: CaseResponse, description: 'Submitted; it waits for a moderator' })
  submit(@CurrentUser() user: AuthUser, @Body() body: CaseRequestDto): Promise<Case> {
    return this.cases.submit(user, body);
  }

  @Public()
  @Get(':id')
  @ZodResponse({ status: 200, type: CaseResponse, description: 'The case, if the viewer may see it' })
  get(@Viewer() viewer: AuthUser | undefined, @Param('id') id: string): Promise<Case> {
    return this.cases.get(id, viewer);
  }

  @ApiBearerAuth()
  @Put(':id')
  @ZodResponse({
    status: 200,
    type: CaseResponse,
    description: 'Edited by its submitter while submitted or returned; it goes back to the moderators',
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: CaseRequestDto,
  ): Promise<Case> {
    return this.cases.update(id, user, body);
  }

  @ApiBearerAuth()
  @Post(':id/review')
  @HttpCode(200)
  @ZodResponse({
    status: 200,
    type: CaseResponse,
    description: 'Published or returned with a note (moderators only)',
  })
  reviewCase(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: CaseReviewDto,
  ): Promise<Case> {
    return this.review.review(id, user, body);
  }

  @Public()
  @Get(':id/similar')
  @ZodResponse({
    status: 200,
    type: SimilarCaseListResponse,
    description: 'Published cases most like this one, best first, with what they share',
  })
  similar(@Viewer() viewer: AuthUser | undefined, @Param('id') id: string): Promise<SimilarCaseList> {
    return this.directory.similar(id, viewer);
  }
}
