import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  FollowedOrganisationPage,
  FollowedPeoplePage,
  FollowedTopicList,
  FollowerPage,
  FollowRequest,
  FollowState,
  PageQuery,
} from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { FollowsService } from './follows.service';

class FollowDto extends createZodDto(FollowRequest) {}
class FollowStateDto extends createZodDto(FollowState) {}
class FollowerPageDto extends createZodDto(FollowerPage) {}
class FollowedPeoplePageDto extends createZodDto(FollowedPeoplePage) {}
class FollowedOrganisationPageDto extends createZodDto(FollowedOrganisationPage) {}
class FollowedTopicListDto extends createZodDto(FollowedTopicList) {}
class PageQueryDto extends createZodDto(PageQuery) {}

@ApiTags('follows')
@Controller()
export class FollowsController {
  constructor(private readonly follows: FollowsService) {}

  @ApiBearerAuth()
  @Post('follows')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: FollowStateDto, description: 'Following; calling again changes nothing' })
  follow(@CurrentUser() user: AuthUser, @Body() body: FollowDto): Promise<FollowState> {
    return this.follows.follow(user, body);
  }

  @ApiBearerAuth()
  @Delete('follows')
  @ZodResponse({
    status: 200,
    type: FollowStateDto,
    description: 'Not following; calling again changes nothing',
  })
  unfollow(@CurrentUser() user: AuthUser, @Body() body: FollowDto): Promise<FollowState> {
    return this.follows.unfollow(user, body);
  }

  @Public()
  @Get('profiles/:handle/followers')
  @ZodResponse({
    status: 200,
    type: FollowerPageDto,
    description: 'People following this person, newest first',
  })
  followersOfProfile(
    @Viewer() viewer: AuthUser | undefined,
    @Param('handle') handle: string,
    @Query() query: PageQueryDto,
  ): Promise<FollowerPage> {
    return this.follows.followersOfProfile(viewer, handle.toLowerCase(), query);
  }

  @Public()
  @Get('profiles/:handle/following/people')
  @ZodResponse({
    status: 200,
    type: FollowedPeoplePageDto,
    description: 'People this person follows, newest first',
  })
  followedPeople(
    @Viewer() viewer: AuthUser | undefined,
    @Param('handle') handle: string,
    @Query() query: PageQueryDto,
  ): Promise<FollowedPeoplePage> {
    return this.follows.followedPeople(viewer, handle.toLowerCase(), query);
  }

  @Public()
  @Get('profiles/:handle/following/organisations')
  @ZodResponse({
    status: 200,
    type: FollowedOrganisationPageDto,
    description: 'Organisations this person follows, newest first',
  })
  followedOrganisations(
    @Viewer() viewer: AuthUser | undefined,
    @Param('handle') handle: string,
    @Query() query: PageQueryDto,
  ): Promise<FollowedOrganisationPage> {
    return this.follows.followedOrganisations(viewer, handle.toLowerCase(), query);
  }

  @Public()
  @Get('profiles/:handle/following/topics')
  @ZodResponse({
    status: 200,
    type: FollowedTopicListDto,
    description:
      'Every topic this person follows, newest first (the taxonomy is small, so the list is whole)',
  })
  followedTopics(
    @Viewer() viewer: AuthUser | undefined,
    @Param('handle') handle: string,
  ): Promise<FollowedTopicList> {
    return this.follows.followedTopics(viewer, handle.toLowerCase());
  }

  @Public()
  @Get('organisations/:slug/followers')
  @ZodResponse({
    status: 200,
    type: FollowerPageDto,
    description: 'People following this organisation, newest first',
  })
  followersOfOrganisation(
    @Viewer() viewer: AuthUser | undefined,
    @Param('slug') slug: string,
    @Query() query: PageQueryDto,
  ): Promise<FollowerPage> {
    return this.follows.followersOfOrganisation(viewer, slug.toLowerCase(), query);
  }
}
