import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type {
  CreateIdeaRequest,
  Idea,
  IdeaListQuery,
  IdeaPage,
  SupportState,
  UpdateIdeaRequest,
} from '@open-spaces/contracts';
import { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { AppException } from '../../common/errors/app.exception';
import { DomainEvents } from '../../common/events/domain-events';
import { renderMarkdown } from '../../common/markdown/markdown';
import { decodeCursor, PgTimestamp, toPage } from '../../common/pagination/cursor';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { isUuid } from '../../common/validation/uuid';
import { ActivitiesService } from '../activities/activities.service';
import { ModerationTargets } from '../moderation/moderation-targets';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { IdeaEntity } from './entities/idea.entity';
import { toIdea, toIdeaSummary } from './idea-view';
import { type IdeaPosition, type IdeaRow, type IdeaSummaryRow, IdeasRepository } from './ideas.repository';
import { isSuccessful } from './process-phases';
import { processErrors } from './processes.errors';
import { type ProcessAccess, ProcessesService } from './processes.service';

type CreateInput = z.output<typeof CreateIdeaRequest>;
type UpdateInput = z.output<typeof UpdateIdeaRequest>;
type ListInput = z.output<typeof IdeaListQuery>;

/** Follow-ups shown on an idea's page, newest first. */
const UPDATES_SHOWN = 20;

const NewestKey = z.tuple([PgTimestamp, z.guid()]);
const CountKey = z.tuple([z.number().int().min(0), z.guid()]);

/** An idea the viewer may see, with its process. */
export interface IdeaAccess {
  idea: IdeaRow;
  process: ProcessAccess;
}

/**
 * Owns ideas and their supports. Verified members propose while a phase enabling proposals
 * is on, up to the process's limit per person; the author edits until the first support
 * or the first published answer. Members support while a phase enabling supports is on,
 * once per idea and up to the process's limit per person; both limits and the counts are
 * kept by conditional writes in PostgreSQL, so concurrent requests cannot pass them. Each
 * change of the count is pushed live to the pages watching the process.
 */
@Injectable()
export class IdeasService implements OnModuleInit {
  constructor(
    private readonly ideas: IdeasRepository,
    private readonly processes: ProcessesService,
    private readonly activities: ActivitiesService,
    private readonly taxonomy: TaxonomyService,
    private readonly moderationTargets: ModerationTargets,
    private readonly domainEvents: DomainEvents,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  onModuleInit(): void {
    this.moderationTargets.register({
      type: 'idea',
      describe: async (id) => {
        const idea = await this.ideas.describe(id);
        return idea && { title: idea.title, authorId: idea.author_id, path: `/ideas/${id}` };
      },
      setHidden: (id, hidden) => this.ideas.setHidden(id, hidden?.reason ?? null),
    });
  }

  /** The idea if the viewer may see it and its process; 404 otherwise. */
  async access(id: string, viewer: AuthUser | undefined): Promise<IdeaAccess> {
    if (!isUuid(id)) throw processErrors.ideaNotFound();
    const processId = await this.ideas.processOf(id);
    if (!processId) throw processErrors.ideaNotFound();
    const process = await this.processes.access(processId, viewer).catch((error: unknown) => {
      throw error instanceof AppException ? processErrors.ideaNotFound() : error;
    });
    const idea = await this.ideas.findForViewer(id, viewer?.id ?? null);
    if (!idea) throw processErrors.ideaNotFound();
    return { idea, process };
  }

  async propose(processId: string, viewer: AuthUser, input: CreateInput): Promise<Idea> {
    const { process, phases } = await this.processes.access(processId, viewer);
    this.processes.assertOpen(phases, 'propose');
    await this.assertKnownValues(input, []);
    const id = await this.activities.write(async (tx, log) => {
      if (!(await this.ideas.countIdea(tx, process.id, viewer.id, process.idea_limit))) {
        throw processErrors.ideaLimitReached();
      }
      const repository = tx.getRepository(IdeaEntity);
      const saved = await repository.save(
        repository.create({
          processId: process.id,
          authorId: viewer.id,
          title: input.title,
          body: input.body,
          bodyHtml: renderMarkdown(input.body),
          topics: input.topics,
          city: input.city,
          country: input.country,
        }),
      );
      // Recorded in the organisation's name, so that those who follow the consultation's
      // organisation see its new ideas; the author is named only to those who may list them.
      await log.record({
        actorId: viewer.id,
        organisationId: process.organisation_id,
        verb: 'published',
        objectType: 'idea',
        objectId: saved.id,
        topics: saved.topics,
        countries: saved.country ? [saved.country] : [],
        audience: 'public',
      });
      return saved.id;
    });
    await this.domainEvents.emit('idea.proposed', { processId: process.id, ideaId: id, actorId: viewer.id });
    return this.get(id, viewer);
  }

  async update(id: string, viewer: AuthUser, input: UpdateInput): Promise<Idea> {
    const { idea } = await this.access(id, viewer);
    if (idea.author_id !== viewer.id) throw processErrors.notAuthor();
    await this.assertKnownValues(input, idea.topics);
    const changed = await this.ideas.updateWhileOpen(id, {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.body !== undefined && { body: input.body, body_html: renderMarkdown(input.body) }),
      ...(input.topics !== undefined && { topics: input.topics }),
      ...(input.city !== undefined && { city: input.city }),
      ...(input.country !== undefined && { country: input.country }),
    });
    if (!changed) throw processErrors.ideaLocked();
    return this.get(id, viewer);
  }

  async get(id: string, viewer: AuthUser | undefined): Promise<Idea> {
    const { idea, process } = await this.access(id, viewer);
    const [answer, updates] = await Promise.all([
      this.ideas.answerOf(id),
      this.ideas.latestUpdates(id, UPDATES_SHOWN),
    ]);
    return toIdea(idea, {
      viewerId: viewer?.id ?? null,
      canOrganise: process.canOrganise,
      answer,
      updates,
      storage: this.storage,
    });
  }

  async list(processId: string, viewer: AuthUser | undefined, query: ListInput): Promise<IdeaPage> {
    const process = await this.processes.threshold(processId, viewer);
    const rows = await this.ideas.findPage(
      process.id,
      viewer?.id ?? null,
      query.sort,
      {
        topic: query.topic,
        answerState: query.answerState,
        successful: query.successful,
        threshold: process.supportThreshold,
      },
      positionOf(query.sort, query.after),
      query.limit,
    );
    return toPage(
      rows,
      query.limit,
      (row) => toIdeaSummary(row, this.storage),
      (row) => keyOf(query.sort, row),
    );
  }

  async support(id: string, viewer: AuthUser): Promise<SupportState> {
    const { idea, process } = await this.access(id, viewer);
    this.processes.assertOpen(process.phases, 'support');
    const outcome = await this.ideas.transaction(async (tx) => {
      const result = await this.ideas.addSupport(
        tx,
        { id, processId: process.process.id },
        viewer.id,
        process.process.support_limit,
      );
      if (result === 'limit') throw processErrors.supportLimitReached();
      return result;
    });
    return this.supportChanged(idea, viewer, outcome === 'added');
  }

  async withdraw(id: string, viewer: AuthUser): Promise<SupportState> {
    const { idea, process } = await this.access(id, viewer);
    this.processes.assertOpen(process.phases, 'support');
    const removed = await this.ideas.transaction((tx) =>
      this.ideas.removeSupport(tx, { id, processId: process.process.id }, viewer.id),
    );
    return this.supportChanged(idea, viewer, removed);
  }

  /** The support state after a change; a change that happened is pushed live. */
  private async supportChanged(idea: IdeaRow, viewer: AuthUser, changed: boolean): Promise<SupportState> {
    const state = await this.ideas.supportState(idea.id, viewer.id);
    if (changed) {
      await this.domainEvents.emit('idea.supports-changed', {
        processId: idea.process_id,
        ideaId: idea.id,
        supportsCount: state.supports_count,
        actorId: viewer.id,
      });
    }
    return {
      ideaId: idea.id,
      supportsCount: state.supports_count,
      supportedByMe: state.supported,
      successful: isSuccessful(state.supports_count, idea.support_threshold),
    };
  }

  private assertKnownValues(
    input: { topics?: string[]; country?: string | null },
    currentTopics: string[],
  ): Promise<void> {
    return this.taxonomy.assertFields({
      topics: { kind: 'topic', value: input.topics, current: currentTopics },
      country: { kind: 'country', value: input.country },
    });
  }
}

function positionOf(sort: ListInput['sort'], after: string | undefined): IdeaPosition | undefined {
  if (sort === 'newest') {
    const key = decodeCursor(after, NewestKey);
    return key && { sort, at: key[0], id: key[1] };
  }
  const key = decodeCursor(after, CountKey);
  if (!key) return undefined;
  return sort === 'most_supported' ? { sort, count: key[0], id: key[1] } : { sort, key: key[0], id: key[1] };
}

function keyOf(sort: ListInput['sort'], row: IdeaSummaryRow): [string | number, string] {
  if (sort === 'newest') return [row.cursor_at, row.id];
  if (sort === 'most_supported') return [row.supports_count, row.id];
  return [row.shuffle_key, row.id];
}
