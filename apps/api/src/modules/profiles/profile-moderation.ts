import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModerationTargets } from '../moderation/moderation-targets';
import { ProfilesRepository } from './profiles.repository';

/**
 * Lets people be reported (by handle; an old handle still finds them) and their profile
 * hidden: it is then treated as a hidden profile for everyone but its owner and site
 * admins, whatever visibility its owner chose. The account itself is dealt with by
 * suspension, in the moderation queue.
 */
@Injectable()
export class ProfileModeration implements OnModuleInit {
  constructor(
    private readonly targets: ModerationTargets,
    private readonly profiles: ProfilesRepository,
  ) {}

  onModuleInit(): void {
    this.targets.register({
      type: 'profile',
      describe: async (handle) => {
        const person = await this.profiles.findForModeration(handle);
        return (
          person && { title: person.display_name, authorId: person.user_id, path: `/people/${person.handle}` }
        );
      },
      setHidden: async (handle, hidden) => {
        const person = await this.profiles.findForModeration(handle);
        if (person) await this.profiles.setHiddenByModerator(person.user_id, hidden?.reason ?? null);
      },
    });
  }
}
