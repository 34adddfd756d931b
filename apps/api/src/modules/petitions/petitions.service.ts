import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type {
  CreatePetitionRequest,
  DeliverPetitionRequest,
  Petition,
  PetitionFigures,
  PetitionListQuery,
  PetitionPage,
  UpdatePetitionRequest,
} from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { JobsService } from '../../common/jobs/jobs.service';
import { renderMarkdown } from '../../common/markdown/markdown';
import { decodeTimeIdCursor, toPage } from '../../common/pagination/cursor';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { ActivitiesService } from '../activities/activities.service';
import { ModerationTargets } from '../moderation/moderation-targets';
import { OrganisationsService } from '../organisations/organisations.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { managedPetition, visiblePetition } from './petition-access';
import { canStartAs, type PetitionMove, requiredState } from './petition-rules';
import { PetitionSignaturesRepository } from './petition-signatures.repository';
import { toFigures, toPetition, toPetitionSummary } from './petition-view';
import { petitionErrors } from './petitions.errors';
import { CLOSE_DUE_CRON, PURGE_UNCONFIRMED_CRON, SWEEP_POLICY } from './petitions.jobs';
import { type PetitionRow, PetitionsRepository } from './petitions.repository';

type CreateInput = z.output<typeof CreatePetitionRequest>;
type UpdateInput = z.output<typeof UpdatePetitionRequest>;
type DeliverInput = z.output<typeof DeliverPetitionRequest>;
type ListInput = z.output<typeof PetitionListQuery>;

/**
 * Owns petitions and their life: a draft is written by a person or for an organisation by
 * its editors, opened (which publishes it to followers' feeds), closed by its author or by
 * the job at its deadline (keeping the count at that moment, which decides success), and
 * delivered with the addressee's response. Each move is allowed from one state only. A
 * petition the viewer may not see answers 404, like one that does not exist. Also
 * registers petitions as a moderation target and runs the closing and purging jobs.
 */
@Injectable()
export class PetitionsService implements OnModuleInit {
  private readonly logger = new Logger('Petitions');

  constructor(
    private readonly petitions: PetitionsRepository,
    private readonly signatures: PetitionSignaturesRepository,
    private readonly organisations: OrganisationsService,
    private readonly activities: ActivitiesService,
    private readonly taxonomy: TaxonomyService,
    private readonly moderationTargets: ModerationTargets,
    private readonly jobs: JobsService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async onModuleInit(): Promise<void> {
    this.moderationTargets.register({
      type: 'petition',
      describe: async (id) => {
        const petition = await this.petitions.describe(id);
        return petition && { title: petition.title, authorId: petition.author_id, path: `/petitions/${id}` };
      },
      setHidden: (id, hidden) => this.petitions.setHidden(id, hidden?.reason ?? null),
    });
    await this.jobs.every('petitions.close-due', CLOSE_DUE_CRON, SWEEP_POLICY, async () => {
      await this.closeDue(new Date());
    });
    await this.jobs.every('petitions.purge-unconfirmed', PURGE_UNCONFIRMED_CRON, SWEEP_POLICY, async () => {
      await this.purgeUnconfirmed(new Date());
    });
  }

  async create(author: AuthUser, input: CreateInput): Promise<Petition> {
    let organisationId: string | null = null;
    if (input.organisation) {
      const organisation = await this.organisations.roleOf(input.organisation, author.id);
      if (!organisation) throw petitionErrors.organisationNotFound();
      if (!canStartAs(organisation.role)) throw petitionErrors.cannotStartAs();
      organisationId = organisation.id;
    }
    await this.assertKnownValues(input, []);
    const repository = this.petitions.entities();
    const saved = await repository.save(
      repository.create({
        authorId: author.id,
        organisationId,
        title: input.title,
        text: input.text,
        textHtml: renderMarkdown(input.text),
        addressee: input.addressee,
        goal: input.goal,
        deadline: new Date(input.deadline),
        topics: input.topics,
        countries: input.countries,
        language: input.language,
      }),
    );
    return this.get(saved.id, author);
  }

  async get(id: string, viewer: AuthUser | undefined): Promise<Petition> {
    return toPetition(await visiblePetition(this.petitions, id, viewer), viewer?.id, this.storage);
  }

  /**
   * A petition's public figures for the viewer, as other parts of the product summarise a
   * petition (the case repository turns a finished one into a case).
   */
  async figures(id: string, viewer: AuthUser | undefined): Promise<PetitionFigures> {
    return toFigures(await visiblePetition(this.petitions, id, viewer));
  }

  async list(viewer: AuthUser | undefined, query: ListInput): Promise<PetitionPage> {
    const after = decodeTimeIdCursor(query.after);
    const rows =
      query.mine && viewer
        ? await this.petitions.findOwnPage(viewer.id, after, query.limit)
        : await this.petitions.findPage(viewer?.id ?? null, query, after, query.limit);
    return toPage(
      rows,
      query.limit,
      (row) => toPetitionSummary(row, this.storage),
      (row) => [row.cursor_at, row.id],
    );
  }

  async update(id: string, viewer: AuthUser, input: UpdateInput): Promise<Petition> {
    const current = await this.managedIn(id, viewer, 'edit');
    await this.assertKnownValues(input, current.topics);
    await this.petitions.entities().update(id, {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.text !== undefined && { text: input.text, textHtml: renderMarkdown(input.text) }),
      ...(input.addressee !== undefined && { addressee: input.addressee }),
      ...(input.goal !== undefined && { goal: input.goal }),
      ...(input.deadline !== undefined && { deadline: new Date(input.deadline) }),
      ...(input.topics !== undefined && { topics: input.topics }),
      ...(input.countries !== undefined && { countries: input.countries }),
      ...(input.language !== undefined && { language: input.language }),
    });
    return this.get(id, viewer);
  }

  /** Opens a draft for signatures and tells the author's and topics' followers. */
  async open(id: string, viewer: AuthUser): Promise<Petition> {
    const current = await this.managedIn(id, viewer, 'open');
    if (current.deadline.getTime() <= Date.now()) throw petitionErrors.deadlinePassed();
    await this.activities.write(async (tx, log) => {
      if (!(await this.petitions.openDraft(tx, id))) throw petitionErrors.wrongState('draft');
      await log.record({
        actorId: current.author_id,
        organisationId: current.organisation_id,
        verb: 'published',
        objectType: 'petition',
        objectId: id,
        topics: current.topics,
        countries: current.countries,
        audience: 'public',
      });
    });
    return this.get(id, viewer);
  }

  /** Closes an open petition now; its count at this moment decides whether it succeeded. */
  async close(id: string, viewer: AuthUser): Promise<Petition> {
    await this.managedIn(id, viewer, 'close');
    if (!(await this.petitions.close(id))) throw petitionErrors.wrongState('open');
    return this.get(id, viewer);
  }

  /** Publishes the addressee's response to a closed petition. */
  async deliver(id: string, viewer: AuthUser, input: DeliverInput): Promise<Petition> {
    await this.managedIn(id, viewer, 'deliver');
    const delivered = await this.petitions.deliver(id, input.response, renderMarkdown(input.response));
    if (!delivered) throw petitionErrors.wrongState('closed');
    return this.get(id, viewer);
  }

  /**
   * Closes the open petitions whose deadline is at or before `now`. Runs every minute on
   * its own; public so the tests (and an operator's script) can run a pass at a chosen moment.
   */
  async closeDue(now: Date): Promise<number> {
    const closed = await this.petitions.closeDue(now);
    if (closed.length > 0) this.logger.log(`${closed.length} petition(s) closed at their deadline`);
    return closed.length;
  }

  /** Drops the pending signatures whose link expired by `now`; public for the same reason. */
  async purgeUnconfirmed(now: Date): Promise<number> {
    const purged = await this.signatures.purgeUnconfirmed(now);
    if (purged > 0) this.logger.log(`${purged} unconfirmed signature(s) purged`);
    return purged;
  }

  /** The petition for a manager, refused with a clear code unless it is in the state the move needs. */
  private async managedIn(id: string, viewer: AuthUser, move: PetitionMove): Promise<PetitionRow> {
    const current = await managedPetition(this.petitions, id, viewer);
    const needed = requiredState(current.state, move);
    if (needed) throw petitionErrors.wrongState(needed);
    return current;
  }

  private assertKnownValues(
    input: { topics?: string[]; countries?: string[]; language?: string },
    currentTopics: string[],
  ): Promise<void> {
    return this.taxonomy.assertFields({
      topics: { kind: 'topic', value: input.topics, current: currentTopics },
      countries: { kind: 'country', value: input.countries },
      language: { kind: 'language', value: input.language },
    });
  }
}
