import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  Comment,
  CommentPage,
  CreateCommentRequest,
  PageQuery,
  UpdateCommentRequest,
} from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { RequireVerifiedEmail } from '../../common/auth/verified.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { CommentsService } from './comments.service';
import { postErrors } from './posts.errors';

class CreateCommentDto extends createZodDto(CreateCommentRequest) {}
class UpdateCommentDto extends createZodDto(UpdateCommentRequest) {}
class PageQueryDto extends createZodDto(PageQuery) {}
class CommentDto extends createZodDto(Comment) {}
class CommentPageDto extends createZodDto(CommentPage) {}

@ApiTags('posts')
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Public()
  @Get('posts/:slug/comments')
  @ZodResponse({
    status: 200,
    type: CommentPageDto,
    description: 'Comments with their replies, oldest first',
  })
  list(
    @Viewer() viewer: AuthUser | undefined,
    @Param('slug') slug: string,
    @Query() query: PageQueryDto,
  ): Promise<CommentPage> {
    return this.comments.list(slug, viewer, query);
  }

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Post('posts/:slug/comments')
  @ZodResponse({ status: 201, type: CommentDto, description: 'Commented, or replied to a comment' })
  create(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Body() body: CreateCommentDto,
  ): Promise<Comment> {
    return this.comments.create(slug, user, body);
  }

  @ApiBearerAuth()
  @Patch('comments/:id')
  @ZodResponse({ status: 200, type: CommentDto, description: 'Edited (its author only)' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => postErrors.commentNotFound() })) id: string,
    @Body() body: UpdateCommentDto,
  ): Promise<Comment> {
    return this.comments.update(id, user, body);
  }

  @ApiBearerAuth()
  @Delete('comments/:id')
  @HttpCode(204)
  remove(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => postErrors.commentNotFound() })) id: string,
  ): Promise<void> {
    return this.comments.remove(id, user);
  }
}
