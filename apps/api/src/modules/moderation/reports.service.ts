import { Injectable } from '@nestjs/common';
import type { CreateReportRequest, ReportReceipt } from '@open-spaces/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { Report } from './entities/report.entity';
import { moderationErrors } from './moderation.errors';
import { ModerationTargets } from './moderation-targets';

type ReportInput = z.output<typeof CreateReportRequest>;

const ONE_OPEN_REPORT_INDEX = 'reports_one_open_per_reporter';

/**
 * Owns reports: any signed-in person reports an object that its module describes through
 * the moderation targets registry, once while the report is open. The reporter is stored
 * for that rule only: no response shows who reported, and the reported never learn it.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly targets: ModerationTargets,
  ) {}

  async create(reporter: AuthUser, input: ReportInput): Promise<ReportReceipt> {
    const subject = await this.targets.get(input.objectType)?.describe(input.objectId);
    if (!subject) throw moderationErrors.objectNotFound();
    try {
      const report = await this.dataSource.getRepository(Report).save({
        reporterId: reporter.id,
        objectType: input.objectType,
        objectId: input.objectId,
        reason: input.reason,
        note: input.note,
        title: subject.title,
        path: subject.path,
        responsibleId: subject.authorId,
      });
      return {
        id: report.id,
        objectType: report.objectType,
        objectId: report.objectId,
        reason: report.reason,
        createdAt: report.createdAt.toISOString(),
      };
    } catch (error) {
      if (isUniqueViolation(error, ONE_OPEN_REPORT_INDEX)) throw moderationErrors.alreadyReported();
      throw error;
    }
  }
}
