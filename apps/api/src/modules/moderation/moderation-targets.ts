import { Injectable } from '@nestjs/common';
import type { ReportObjectType } from '@open-spaces/contracts';
import { isUuid } from '../../common/validation/uuid';

/** Objects named by their id; people by handle and organisations by slug. */
const NAMED_BY_ID: ReadonlySet<ReportObjectType> = new Set([
  'post',
  'comment',
  'event',
  'funding_call',
  'tool',
  'process',
  'idea',
  'idea_comment',
]);

/** How a reported object is shown in the moderation queue. */
export interface ModerationSubject {
  /** A short name: a post's title, the first words of a comment, a person's name. */
  title: string;
  /** The account responsible for it (its author, or an organisation's creator); never shown to reporters. */
  authorId: string | null;
  /** Where it lives in the web client, e.g. `/news/my-post`. */
  path: string;
}

/**
 * What the moderation module needs of each kind of reportable object. The module that owns
 * the object implements it and registers it at start-up (`onModuleInit`), so moderation
 * never reaches into another module's tables.
 */
export interface ModerationTarget {
  type: ReportObjectType;
  /** The object if it exists, whatever its state (moderators see hidden objects too). */
  describe(id: string): Promise<ModerationSubject | null>;
  /** Hides the object from everyone but its author, with the reason; `null` shows it again. */
  setHidden(id: string, hidden: { reason: string } | null): Promise<void>;
}

/** The registered moderation targets, one per reportable type. */
@Injectable()
export class ModerationTargets {
  private readonly targets = new Map<ReportObjectType, ModerationTarget>();

  register(target: ModerationTarget): void {
    if (this.targets.has(target.type)) throw new Error(`${target.type} is already a moderation target`);
    // A reported id comes from the client: one that cannot be an id names nothing, rather
    // than reaching a uuid column and failing there.
    this.targets.set(
      target.type,
      NAMED_BY_ID.has(target.type)
        ? {
            type: target.type,
            describe: (id) => (isUuid(id) ? target.describe(id) : Promise.resolve(null)),
            setHidden: (id, hidden) => (isUuid(id) ? target.setHidden(id, hidden) : Promise.resolve()),
          }
        : target,
    );
  }

  get(type: ReportObjectType): ModerationTarget | undefined {
    return this.targets.get(type);
  }
}
