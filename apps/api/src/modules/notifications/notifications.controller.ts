import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  MarkAllReadRequest,
  NotificationPage,
  NotificationPreferences,
  NotificationQuery,
  UnreadCount,
  UnsubscribeInfo,
  UnsubscribeToken,
  UpdateNotificationPreferences,
} from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { ReadsForm } from '../../common/http/form-bodies';
import { NotificationsService } from './notifications.service';

class NotificationQueryDto extends createZodDto(NotificationQuery) {}
class NotificationPageDto extends createZodDto(NotificationPage) {}
class UnreadCountDto extends createZodDto(UnreadCount) {}
class MarkAllReadDto extends createZodDto(MarkAllReadRequest) {}
class PreferencesDto extends createZodDto(NotificationPreferences) {}
class UpdatePreferencesDto extends createZodDto(UpdateNotificationPreferences) {}
class UnsubscribeInfoDto extends createZodDto(UnsubscribeInfo) {}
class UnsubscribeQueryDto extends createZodDto(z.object({ token: UnsubscribeToken })) {}
/** `{}` from the confirmation page, or `List-Unsubscribe=One-Click` from a mail client (RFC 8058). */
class UnsubscribeBodyDto extends createZodDto(
  z.object({ 'List-Unsubscribe': z.literal('One-Click').optional() }),
) {}

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @ApiBearerAuth()
  @Get('notifications')
  @ZodResponse({
    status: 200,
    type: NotificationPageDto,
    description: 'The signed-in person’s notifications, newest first, with the unread count',
  })
  page(@CurrentUser() user: AuthUser, @Query() query: NotificationQueryDto): Promise<NotificationPage> {
    const { after, limit, unread } = query as unknown as z.output<typeof NotificationQuery>;
    return this.notifications.page(user, { after, limit, unread });
  }

  @ApiBearerAuth()
  @Get('notifications/unread-count')
  @ZodResponse({ status: 200, type: UnreadCountDto, description: 'How many notifications are unread' })
  async unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCount> {
    return { unreadCount: await this.notifications.unreadCount(user) };
  }

  @ApiBearerAuth()
  @Post('notifications/read')
  @HttpCode(200)
  @ZodResponse({
    status: 200,
    type: UnreadCountDto,
    description: 'Marks read everything up to `upTo` (everything without it); the unread count after',
  })
  async markAllRead(@CurrentUser() user: AuthUser, @Body() body: MarkAllReadDto): Promise<UnreadCount> {
    return { unreadCount: await this.notifications.markAllRead(user, body.upTo) };
  }

  @ApiBearerAuth()
  @Post('notifications/:id/read')
  @HttpCode(204)
  async markRead(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<void> {
    await this.notifications.markRead(user, id);
  }

  @ApiBearerAuth()
  @Get('me/notification-preferences')
  @ZodResponse({ status: 200, type: PreferencesDto, description: 'Each kind’s channel, and the digest' })
  preferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferences> {
    return this.notifications.preferences(user);
  }

  @ApiBearerAuth()
  @Patch('me/notification-preferences')
  @ZodResponse({ status: 200, type: PreferencesDto, description: 'Changes what is sent; the rest stays' })
  updatePreferences(
    @CurrentUser() user: AuthUser,
    @Body() body: UpdatePreferencesDto,
  ): Promise<NotificationPreferences> {
    return this.notifications.updatePreferences(user, body);
  }

  @Public()
  @Get('notifications/unsubscribe')
  @ZodResponse({
    status: 200,
    type: UnsubscribeInfoDto,
    description: 'What a mail’s unsubscribe link stops; changes nothing',
  })
  unsubscribeInfo(@Query() query: UnsubscribeQueryDto): Promise<UnsubscribeInfo> {
    return this.notifications.unsubscribeInfo(query.token);
  }

  @Public()
  @ReadsForm()
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @Post('notifications/unsubscribe')
  @HttpCode(200)
  @ZodResponse({
    status: 200,
    type: UnsubscribeInfoDto,
    description:
      'Stops what the link names (one-click unsubscribe, RFC 8058: mail clients post `List-Unsubscribe=One-Click`)',
  })
  unsubscribe(
    @Query() query: UnsubscribeQueryDto,
    @Body() _body: UnsubscribeBodyDto,
  ): Promise<UnsubscribeInfo> {
    return this.notifications.unsubscribe(query.token);
  }
}
