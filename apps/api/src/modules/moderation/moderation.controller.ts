import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AuditPage,
  AuditQuery,
  CreateReportRequest,
  HideObjectRequest,
  ModerationQueue,
  ModerationQueueQuery,
  ObjectActionRequest,
  ReportReceipt,
  SuspensionRequest,
} from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { moderationErrors } from './moderation.errors';
import { ModerationService } from './moderation.service';
import { ReportsService } from './reports.service';

class CreateReportDto extends createZodDto(CreateReportRequest) {}
class HideObjectDto extends createZodDto(HideObjectRequest) {}
class ObjectActionDto extends createZodDto(ObjectActionRequest) {}
class SuspensionDto extends createZodDto(SuspensionRequest) {}
class QueueQueryDto extends createZodDto(ModerationQueueQuery) {}
class AuditQueryDto extends createZodDto(AuditQuery) {}
class ReportReceiptResponse extends createZodDto(ReportReceipt) {}
class ModerationQueueResponse extends createZodDto(ModerationQueue) {}
class AuditPageResponse extends createZodDto(AuditPage) {}

@ApiTags('moderation')
@ApiBearerAuth()
@Controller()
export class ModerationController {
  constructor(
    private readonly reports: ReportsService,
    private readonly moderation: ModerationService,
  ) {}

  @Post('reports')
  @ZodResponse({
    status: 201,
    type: ReportReceiptResponse,
    description: 'Reported; moderators will look at it',
  })
  report(@CurrentUser() user: AuthUser, @Body() body: CreateReportDto): Promise<ReportReceipt> {
    return this.reports.create(user, body);
  }

  @Get('moderation/queue')
  @ZodResponse({
    status: 200,
    type: ModerationQueueResponse,
    description: 'Objects with open reports, most recently reported first (moderators only)',
  })
  queue(@CurrentUser() user: AuthUser, @Query() query: QueueQueryDto): Promise<ModerationQueue> {
    return this.moderation.queue(user, query);
  }

  @Get('moderation/audit')
  @ZodResponse({ status: 200, type: AuditPageResponse, description: "Moderators' actions, newest first" })
  audit(@CurrentUser() user: AuthUser, @Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.moderation.auditLog(user, query);
  }

  @Post('moderation/hide')
  @HttpCode(204)
  async hide(@CurrentUser() user: AuthUser, @Body() body: HideObjectDto): Promise<void> {
    await this.moderation.hide(user, body);
  }

  @Post('moderation/restore')
  @HttpCode(204)
  async restore(@CurrentUser() user: AuthUser, @Body() body: ObjectActionDto): Promise<void> {
    await this.moderation.restore(user, body);
  }

  @Post('moderation/dismiss')
  @HttpCode(204)
  async dismiss(@CurrentUser() user: AuthUser, @Body() body: ObjectActionDto): Promise<void> {
    await this.moderation.dismiss(user, body);
  }

  @Post('moderation/accounts/:id/suspend')
  @HttpCode(204)
  async suspend(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => moderationErrors.accountNotFound() }))
    id: string,
    @Body() body: SuspensionDto,
  ): Promise<void> {
    await this.moderation.setSuspended(user, id, true, body.reason);
  }

  @Post('moderation/accounts/:id/unsuspend')
  @HttpCode(204)
  async unsuspend(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => moderationErrors.accountNotFound() }))
    id: string,
    @Body() body: SuspensionDto,
  ): Promise<void> {
    await this.moderation.setSuspended(user, id, false, body.reason);
  }
}
