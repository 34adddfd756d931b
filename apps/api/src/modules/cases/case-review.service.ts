import { Injectable } from '@nestjs/common';
import type { Case, CasePage, CaseReviewRequest, PageQuery } from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { isSiteModerator } from '../../common/auth/site-roles';
import { decodeTimeIdCursor, toPage } from '../../common/pagination/cursor';
import { ActivitiesService } from '../activities/activities.service';
import { ModerationAuditService } from '../moderation/moderation-audit.service';
import { Notifier } from '../notifications/notifier';
import { toSummary } from './case-mapping';
import { caseErrors } from './cases.errors';
import { CasesRepository } from './cases.repository';
import { CasesService } from './cases.service';
import { CaseEntity } from './entities/case.entity';

type ReviewInput = z.output<typeof CaseReviewRequest>;
type PageInput = z.output<typeof PageQuery>;

/**
 * The moderators' side of cases: the queue of submitted cases, and the decision on each.
 * Publishing makes the case public and records it in the activity log; returning sends it
 * back to its submitter with a note. Either way the submitter is notified and the decision
 * is in the moderation audit, all in one transaction.
 */
@Injectable()
export class CaseReviewService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly caseService: CasesService,
    private readonly activities: ActivitiesService,
    private readonly audit: ModerationAuditService,
    private readonly notifier: Notifier,
  ) {}

  async queue(moderator: AuthUser, query: PageInput): Promise<CasePage> {
    if (!isSiteModerator(moderator.role)) throw caseErrors.moderatorsOnly();
    const rows = await this.cases.findSubmittedPage(decodeTimeIdCursor(query.after), query.limit);
    return toPage(rows, query.limit, toSummary, (row) => [row.sort_key, row.id]);
  }

  async review(id: string, moderator: AuthUser, input: ReviewInput): Promise<Case> {
    if (!isSiteModerator(moderator.role)) throw caseErrors.moderatorsOnly();
    const row = await this.caseService.visible(id, moderator);
    if (row.status !== 'submitted') throw caseErrors.alreadyReviewed();
    if (row.submitted_by === moderator.id) throw caseErrors.ownCase();
    const publish = input.decision === 'publish';
    await this.activities.write(async (tx, log) => {
      await tx
        .getRepository(CaseEntity)
        .update(
          { id },
          publish
            ? { status: 'published', publishedAt: new Date(), reviewedBy: moderator.id, reviewNote: null }
            : { status: 'returned', reviewedBy: moderator.id, reviewNote: input.note },
        );
      await this.audit.record(tx, {
        moderatorId: moderator.id,
        action: publish ? 'publish_case' : 'return_case',
        objectType: 'case',
        objectId: id,
        reason: input.note,
      });
      if (row.submitted_by) {
        await this.notifier.notify(tx, [
          {
            userId: row.submitted_by,
            kind: publish ? 'case_published' : 'case_returned',
            actorId: moderator.id,
            subject: { type: 'case', id, title: row.title, path: `/cases/${id}` },
            details: publish ? {} : { reason: input.note },
          },
        ]);
      }
      if (publish) {
        await log.record({
          actorId: row.submitted_by ?? moderator.id,
          verb: 'published',
          objectType: 'case',
          objectId: id,
          topics: row.topics,
          countries: [row.country],
          audience: 'public',
        });
      }
    });
    return this.caseService.get(id, moderator);
  }
}
