import { Controller, Delete, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CalendarFeed } from '@open-spaces/contracts';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { CalendarFeedsService } from './calendar-feeds.service';

class CalendarFeedDto extends createZodDto(CalendarFeed) {}

@ApiTags('calendar')
@Controller()
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @ApiBearerAuth()
  @Get('me/calendar-feed')
  @ZodResponse({ status: 200, type: CalendarFeedDto, description: 'Whether the viewer has a calendar feed' })
  show(@CurrentUser() user: AuthUser): Promise<CalendarFeed> {
    return this.feeds.show(user.id);
  }

  @ApiBearerAuth()
  @Post('me/calendar-feed')
  @ZodResponse({
    status: 201,
    type: CalendarFeedDto,
    description: 'A new secret address (shown this once); an earlier one stops working',
  })
  rotate(@CurrentUser() user: AuthUser): Promise<CalendarFeed> {
    return this.feeds.rotate(user.id);
  }

  @ApiBearerAuth()
  @Delete('me/calendar-feed')
  @ZodResponse({ status: 200, type: CalendarFeedDto, description: 'Revoked: the address stops working' })
  revoke(@CurrentUser() user: AuthUser): Promise<CalendarFeed> {
    return this.feeds.revoke(user.id);
  }

  @Public()
  @Get('calendar/:token.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'The personal calendar: events the person goes to, deadlines of calls they saved',
    schema: { type: 'string' },
  })
  async feed(
    @Param('token') token: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.feeds.render(token);
    reply.header('content-type', 'text/calendar; charset=utf-8');
    reply.header('cache-control', 'private, no-store');
    return body;
  }
}
