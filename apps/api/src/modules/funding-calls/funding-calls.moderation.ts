import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModerationTargets } from '../moderation/moderation-targets';
import { FundingCallsRepository } from './funding-calls.repository';

/** Lets moderators hide a reported funding call from everyone but its author. */
@Injectable()
export class FundingCallModeration implements OnModuleInit {
  constructor(
    private readonly calls: FundingCallsRepository,
    private readonly targets: ModerationTargets,
  ) {}

  onModuleInit(): void {
    this.targets.register({
      type: 'funding_call',
      describe: async (id) => {
        const call = await this.calls.describe(id);
        return call && { title: call.title, authorId: call.author_id, path: `/funding/${id}` };
      },
      setHidden: (id, hidden) => this.calls.setHidden(id, hidden?.reason ?? null),
    });
  }
}
