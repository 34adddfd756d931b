import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ModerationController } from './moderation.controller';
import { ModerationRepository } from './moderation.repository';
import { ModerationService } from './moderation.service';
import { ModerationAuditService } from './moderation-audit.service';
import { ReportsService } from './reports.service';

/** Reports, the moderation queue, suspensions and the audit log of moderators' actions. */
@Module({
  imports: [AuthModule],
  controllers: [ModerationController],
  providers: [ReportsService, ModerationService, ModerationRepository, ModerationAuditService],
  exports: [ModerationAuditService],
})
export class ModerationModule {}
