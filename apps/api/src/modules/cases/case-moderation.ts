import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModerationTargets } from '../moderation/moderation-targets';
import { CasesRepository } from './cases.repository';

/** Lets cases be reported and hidden: a hidden case leaves the repository, search and the feed. */
@Injectable()
export class CaseModeration implements OnModuleInit {
  constructor(
    private readonly targets: ModerationTargets,
    private readonly cases: CasesRepository,
  ) {}

  onModuleInit(): void {
    this.targets.register({
      type: 'case',
      describe: async (id) => {
        const found = await this.cases.findForModeration(id);
        return found && { title: found.title, authorId: found.submitted_by, path: `/cases/${id}` };
      },
      setHidden: (id, hidden) => this.cases.setHidden(id, hidden?.reason ?? null),
    });
  }
}
