import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  type ApiBodyOptions,
  ApiConsumes,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import {
  CoverUploadQuery,
  CreatePostRequest,
  MyPostsQuery,
  Post as PostContract,
  PostFeedQuery,
  PostListQuery,
  PostPage,
  PublisherList,
  UpdatePostRequest,
  UsefulState,
} from '@open-spaces/contracts';
import type { FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { RequireVerifiedEmail } from '../../common/auth/verified.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { ReadsUpload, readImageUpload } from '../../common/storage/upload';
import { MembersService } from '../organisations/members.service';
import { PostsService } from './posts.service';
import { PostsFeedService } from './posts-feed.service';

class CreatePostDto extends createZodDto(CreatePostRequest) {}
class UpdatePostDto extends createZodDto(UpdatePostRequest) {}
class PostListQueryDto extends createZodDto(PostListQuery) {}
class MyPostsQueryDto extends createZodDto(MyPostsQuery) {}
class PostFeedQueryDto extends createZodDto(PostFeedQuery) {}
class CoverUploadQueryDto extends createZodDto(CoverUploadQuery) {}
class PostDto extends createZodDto(PostContract) {}
class PostPageDto extends createZodDto(PostPage) {}
class UsefulStateDto extends createZodDto(UsefulState) {}
class PublisherListDto extends createZodDto(PublisherList) {}

const IMAGE_UPLOAD: ApiBodyOptions = {
  schema: {
    type: 'object',
    properties: { file: { type: 'string', format: 'binary', description: 'PNG, JPEG or WebP, up to 5 MB' } },
    required: ['file'],
  },
};

@ApiTags('posts')
@Controller('posts')
export class PostsController {
  constructor(
    private readonly posts: PostsService,
    private readonly feeds: PostsFeedService,
    private readonly members: MembersService,
  ) {}

  @Public()
  @Get()
  @ZodResponse({
    status: 200,
    type: PostPageDto,
    description: 'Published posts the viewer may see, newest first',
  })
  list(@Viewer() viewer: AuthUser | undefined, @Query() query: PostListQueryDto): Promise<PostPage> {
    return this.posts.list(viewer, query);
  }

  @ApiBearerAuth()
  @Get('mine')
  @ZodResponse({ status: 200, type: PostPageDto, description: 'The viewer’s own posts, drafts included' })
  mine(@CurrentUser() user: AuthUser, @Query() query: MyPostsQueryDto): Promise<PostPage> {
    return this.posts.mine(user, query);
  }

  @ApiBearerAuth()
  @Get('publishers')
  @ApiOperation({ deprecated: true, summary: 'Use GET /api/me/publishing-organisations' })
  @ZodResponse({
    status: 200,
    type: PublisherListDto,
    description: 'The organisations the viewer may publish as (editor or above), by name',
  })
  publishers(@CurrentUser() user: AuthUser): Promise<PublisherList> {
    return this.members.publishable(user);
  }

  @Public()
  @Get('feed.rss')
  @Header('content-type', 'application/rss+xml; charset=utf-8')
  @ApiProduces('application/rss+xml')
  feedRss(@Query() query: PostFeedQueryDto): Promise<string> {
    return this.feeds.render('rss', query);
  }

  @Public()
  @Get('feed.atom')
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  @ApiProduces('application/atom+xml')
  feedAtom(@Query() query: PostFeedQueryDto): Promise<string> {
    return this.feeds.render('atom', query);
  }

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Post()
  @ZodResponse({ status: 201, type: PostDto, description: 'Created as a draft, or published' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreatePostDto): Promise<PostContract> {
    return this.posts.create(user, body);
  }

  @Public()
  @Get(':slug')
  @ZodResponse({
    status: 200,
    type: PostDto,
    description: 'The post, if the viewer may see it; a former slug answers the post with its current one',
  })
  get(@Viewer() viewer: AuthUser | undefined, @Param('slug') slug: string): Promise<PostContract> {
    return this.posts.get(slug, viewer);
  }

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Patch(':slug')
  @ZodResponse({ status: 200, type: PostDto, description: 'Updated, published or archived (its editors)' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Body() body: UpdatePostDto,
  ): Promise<PostContract> {
    return this.posts.update(slug, user, body);
  }

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Post(':slug/cover')
  @HttpCode(200)
  @ReadsUpload()
  @ApiConsumes('multipart/form-data')
  @ApiBody(IMAGE_UPLOAD)
  @ZodResponse({ status: 200, type: PostDto, description: 'The cover was replaced; `alt` describes it' })
  setCover(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Query() query: CoverUploadQueryDto,
    @Req() request: FastifyRequest,
  ): Promise<PostContract> {
    return this.posts.setCover(slug, user, query.alt, () => readImageUpload(request));
  }

  @ApiBearerAuth()
  @Delete(':slug/cover')
  @ZodResponse({ status: 200, type: PostDto, description: 'The cover was removed' })
  removeCover(@CurrentUser() user: AuthUser, @Param('slug') slug: string): Promise<PostContract> {
    return this.posts.removeCover(slug, user);
  }

  @ApiBearerAuth()
  @Put(':slug/useful')
  @ZodResponse({ status: 200, type: UsefulStateDto, description: 'The viewer finds the post useful' })
  markUseful(@CurrentUser() user: AuthUser, @Param('slug') slug: string): Promise<UsefulState> {
    return this.posts.markUseful(slug, user);
  }

  @ApiBearerAuth()
  @Delete(':slug/useful')
  @ZodResponse({ status: 200, type: UsefulStateDto, description: 'The viewer no longer finds it useful' })
  unmarkUseful(@CurrentUser() user: AuthUser, @Param('slug') slug: string): Promise<UsefulState> {
    return this.posts.unmarkUseful(slug, user);
  }
}
