import { Injectable, type OnModuleInit } from '@nestjs/common';
import { isUuid } from '../../common/validation/uuid';
import { ModerationTargets } from '../moderation/moderation-targets';
import { ToolsRepository } from './tools.repository';

/** Lets tools be reported and hidden: a hidden tool leaves the directory and its page. */
@Injectable()
export class ToolModeration implements OnModuleInit {
  constructor(
    private readonly targets: ModerationTargets,
    private readonly tools: ToolsRepository,
  ) {}

  onModuleInit(): void {
    this.targets.register({
      type: 'tool',
      describe: async (id) => {
        if (!isUuid(id)) return null;
        const tool = await this.tools.findById(id);
        return tool && { title: tool.name, authorId: tool.proposed_by, path: `/tools/${tool.slug}` };
      },
      setHidden: (id, hidden) => this.tools.setHidden(id, hidden?.reason ?? null),
    });
  }
}
