import { Injectable, type OnModuleInit } from '@nestjs/common';
import type {
  CreateProcessRequest,
  PhaseAction,
  Process,
  ProcessListQuery,
  ProcessPage,
  UpdateProcessRequest,
} from '@open-spaces/contracts';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { renderMarkdown } from '../../common/markdown/markdown';
import { decodeTimeIdCursor, toPage } from '../../common/pagination/cursor';
import { isUuid } from '../../common/validation/uuid';
import { ActivitiesService } from '../activities/activities.service';
import { ModerationTargets } from '../moderation/moderation-targets';
import { canEditSettings } from '../organisations/organisation-permissions';
import { OrganisationsService } from '../organisations/organisations.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { ProcessEntity } from './entities/process.entity';
import { ProcessPhaseEntity } from './entities/process-phase.entity';
import { actionWindow, type PhaseDates, phaseErrors, processSpan } from './process-phases';
import { phaseDatesOf, toProcess, toProcessSummary } from './process-view';
import { processErrors } from './processes.errors';
import { type PhaseRow, ProcessesRepository, type ProcessRow } from './processes.repository';

type CreateInput = z.output<typeof CreateProcessRequest>;
type UpdateInput = z.output<typeof UpdateProcessRequest>;
type ListInput = z.output<typeof ProcessListQuery>;

/** A process the viewer may see, its phases, and whether the viewer may organise it. */
export interface ProcessAccess {
  process: ProcessRow;
  phases: PhaseRow[];
  canOrganise: boolean;
}

/**
 * Owns participatory processes and their phases. The admins and owners of an
 * organisation (and site admins) run its processes; everyone who may see the
 * organisation sees them, and a process the viewer may not see answers 404 like one that
 * does not exist. Other modules reach a process through `access` and `organised`.
 */
@Injectable()
export class ProcessesService implements OnModuleInit {
  constructor(
    private readonly processes: ProcessesRepository,
    private readonly organisations: OrganisationsService,
    private readonly activities: ActivitiesService,
    private readonly taxonomy: TaxonomyService,
    private readonly moderationTargets: ModerationTargets,
  ) {}

  onModuleInit(): void {
    this.moderationTargets.register({
      type: 'process',
      describe: async (id) => {
        const process = await this.processes.describe(id);
        return process && { title: process.title, authorId: process.author_id, path: `/processes/${id}` };
      },
      setHidden: (id, hidden) => this.processes.setHidden(id, hidden?.reason ?? null),
    });
  }

  /** The process if the viewer may see it (404 otherwise), and whether they may organise it. */
  async access(id: string, viewer: AuthUser | undefined): Promise<ProcessAccess> {
    if (!isUuid(id)) throw processErrors.notFound();
    const process = await this.processes.findForViewer(id, viewer?.id ?? null);
    if (!process) throw processErrors.notFound();
    const phases = await this.processes.findPhases([id]);
    const canOrganise =
      viewer !== undefined &&
      canEditSettings({ signedIn: true, role: process.my_role, siteAdmin: viewer.role === 'admin' });
    return { process, phases, canOrganise };
  }

  /** The support threshold of a process the viewer may see (404 otherwise), for lists of its ideas. */
  async threshold(
    id: string,
    viewer: AuthUser | undefined,
  ): Promise<{ id: string; supportThreshold: number | null }> {
    if (!isUuid(id)) throw processErrors.notFound();
    const process = await this.processes.findThresholdForViewer(id, viewer?.id ?? null);
    if (!process) throw processErrors.notFound();
    return { id: process.id, supportThreshold: process.support_threshold };
  }

  /** The process for one of its organisers: 404 if the viewer may not see it, 403 if they may not run it. */
  async organised(id: string, viewer: AuthUser): Promise<ProcessAccess> {
    const access = await this.access(id, viewer);
    if (!access.canOrganise) throw processErrors.cannotOrganise();
    return access;
  }

  /** Refuses `action` unless a phase enabling it is on now. */
  assertOpen(phases: readonly PhaseRow[], action: PhaseAction): void {
    if (actionWindow(phaseDatesOf(phases), action, new Date()).open) return;
    if (action === 'propose') throw processErrors.proposingClosed();
    if (action === 'support') throw processErrors.supportingClosed();
    throw processErrors.commentingClosed();
  }

  async create(viewer: AuthUser, input: CreateInput): Promise<Process> {
    const organisation = await this.organisations.roleOf(input.organisation, viewer.id);
    if (!organisation) throw processErrors.organisationNotFound();
    if (!canEditSettings({ signedIn: true, role: organisation.role, siteAdmin: viewer.role === 'admin' })) {
      throw processErrors.cannotOrganise();
    }
    const phases = checkedPhases(input.phases);
    await this.assertKnownValues(input, []);
    const id = await this.activities.write(async (tx, log) => {
      const repository = tx.getRepository(ProcessEntity);
      const saved = await repository.save(
        repository.create({
          organisationId: organisation.id,
          authorId: viewer.id,
          title: input.title,
          description: input.description,
          descriptionHtml: renderMarkdown(input.description),
          topics: input.topics,
          scope: input.scope,
          languages: input.languages,
          ...processSpan(phases),
          ideaLimit: input.ideaLimit,
          supportLimit: input.supportLimit,
          supportThreshold: input.supportThreshold,
          answerStates: unique(input.answerStates),
        }),
      );
      await replacePhases(tx, saved.id, phases);
      await log.record({
        actorId: viewer.id,
        organisationId: organisation.id,
        verb: 'published',
        objectType: 'process',
        objectId: saved.id,
        topics: saved.topics,
        countries: [],
        audience: 'public',
      });
      return saved.id;
    });
    return this.get(id, viewer);
  }

  async update(id: string, viewer: AuthUser, input: UpdateInput): Promise<Process> {
    const { process } = await this.organised(id, viewer);
    const phases = input.phases ? checkedPhases(input.phases) : null;
    await this.assertKnownValues(input, process.topics);
    await this.processes.transaction(async (tx) => {
      const changes: Partial<ProcessEntity> = {
        ...(input.title !== undefined && { title: input.title }),
        ...(input.description !== undefined && {
          description: input.description,
          descriptionHtml: renderMarkdown(input.description),
        }),
        ...(input.topics !== undefined && { topics: input.topics }),
        ...(input.scope !== undefined && { scope: input.scope }),
        ...(input.languages !== undefined && { languages: input.languages }),
        ...(input.ideaLimit !== undefined && { ideaLimit: input.ideaLimit }),
        ...(input.supportLimit !== undefined && { supportLimit: input.supportLimit }),
        ...(input.supportThreshold !== undefined && { supportThreshold: input.supportThreshold }),
        ...(input.answerStates !== undefined && { answerStates: unique(input.answerStates) }),
        ...(phases && processSpan(phases)),
      };
      await tx.getRepository(ProcessEntity).update(id, changes);
      if (phases) await replacePhases(tx, id, phases);
    });
    return this.get(id, viewer);
  }

  async get(id: string, viewer: AuthUser | undefined): Promise<Process> {
    const { process, phases, canOrganise } = await this.access(id, viewer);
    return toProcess(process, phases, canOrganise, new Date());
  }

  async list(viewer: AuthUser | undefined, query: ListInput): Promise<ProcessPage> {
    const rows = await this.processes.findPage(
      viewer?.id ?? null,
      { topic: query.topic, scope: query.scope, status: query.status, organisation: query.organisation },
      decodeTimeIdCursor(query.after),
      query.limit,
    );
    const now = new Date();
    return toPage(
      rows,
      query.limit,
      (row) => toProcessSummary(row, now),
      (row) => [row.cursor_at, row.id],
    );
  }

  private assertKnownValues(
    input: { topics?: string[]; languages?: string[] },
    currentTopics: string[],
  ): Promise<void> {
    return this.taxonomy.assertFields({
      topics: { kind: 'topic', value: input.topics, current: currentTopics },
      languages: { kind: 'language', value: input.languages },
    });
  }
}

/** The phases as dates, refused with field errors when they do not follow each other. */
function checkedPhases(
  input: { kind: PhaseDates['kind']; startsAt: string; endsAt: string; actions: PhaseAction[] }[],
): PhaseDates[] {
  const phases = input.map((phase) => ({
    kind: phase.kind,
    startsAt: new Date(phase.startsAt),
    endsAt: new Date(phase.endsAt),
    actions: phase.actions,
  }));
  const errors = phaseErrors(phases);
  if (errors.length > 0) throw processErrors.invalidFields(errors);
  return phases;
}

async function replacePhases(tx: EntityManager, processId: string, phases: PhaseDates[]): Promise<void> {
  const repository = tx.getRepository(ProcessPhaseEntity);
  await repository.delete({ processId });
  await repository.insert(
    phases.map((phase, position) => ({
      processId,
      position,
      kind: phase.kind,
      startsAt: phase.startsAt,
      endsAt: phase.endsAt,
      allowsProposing: phase.actions.includes('propose'),
      allowsSupporting: phase.actions.includes('support'),
      allowsCommenting: phase.actions.includes('comment'),
    })),
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
