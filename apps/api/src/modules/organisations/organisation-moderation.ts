import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModerationTargets } from '../moderation/moderation-targets';
import { OrganisationsRepository } from './organisations.repository';

/**
 * Lets organisations be reported (by slug, the address people see) and hidden: a hidden
 * organisation is seen by its members, with the reason, and by no one else.
 */
@Injectable()
export class OrganisationModeration implements OnModuleInit {
  constructor(
    private readonly targets: ModerationTargets,
    private readonly organisations: OrganisationsRepository,
  ) {}

  onModuleInit(): void {
    this.targets.register({
      type: 'organisation',
      describe: async (slug) => {
        const organisation = await this.organisations.findForModeration(slug);
        return (
          organisation && {
            title: organisation.name,
            authorId: organisation.created_by,
            path: `/organisations/${organisation.slug}`,
          }
        );
      },
      setHidden: (slug, hidden) => this.organisations.setHidden(slug, hidden?.reason ?? null),
    });
  }
}
