import { Injectable } from '@nestjs/common';
import type { CaseDraft } from '@open-spaces/contracts';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { CasesService } from '../cases/cases.service';
import { processCaseFigures } from './process-case-figures';
import { processStatus } from './process-phases';
import { processErrors } from './processes.errors';
import { ProcessesRepository } from './processes.repository';
import { ProcessesService } from './processes.service';

/** Turns a finished process into a case of the case repository, for one of its organisers. */
@Injectable()
export class ProcessCaseService {
  constructor(
    private readonly processes: ProcessesService,
    private readonly repository: ProcessesRepository,
    private readonly cases: CasesService,
  ) {}

  async draft(id: string, viewer: AuthUser): Promise<CaseDraft> {
    const { process } = await this.processes.organised(id, viewer);
    if (processStatus(process.starts_at, process.ends_at, new Date()) !== 'past') {
      throw processErrors.notFinished();
    }
    const counts = await this.repository.caseCounts(process.id);
    const figures = processCaseFigures({
      title: process.title,
      description: process.description,
      scope: process.scope,
      startsAt: process.starts_at,
      endsAt: process.ends_at,
      topics: process.topics,
      languages: process.languages,
      organisationSlug: process.organisation_slug,
      country: counts.country,
      ideas: counts.ideas,
      accepted: counts.accepted,
      hasBudget: counts.has_budget,
      participants: counts.participants,
    });
    return this.cases.draftFromSource(viewer.id, { type: 'process', id: process.id }, figures);
  }
}
