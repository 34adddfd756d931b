import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { FeedPage, FeedQuery } from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { FeedService } from './feed.service';

class FeedQueryDto extends createZodDto(FeedQuery) {}
class FeedPageDto extends createZodDto(FeedPage) {}

@ApiTags('feed')
@Controller('feed')
export class FeedController {
  constructor(private readonly feed: FeedService) {}

  @ApiBearerAuth()
  @Get()
  @ZodResponse({
    status: 200,
    type: FeedPageDto,
    description:
      'The home feed: newest first, `before` pages back; `after` returns exactly what came after a position, oldest first',
  })
  page(@CurrentUser() user: AuthUser, @Query() query: FeedQueryDto): Promise<FeedPage> {
    return this.feed.page(user, query);
  }
}
