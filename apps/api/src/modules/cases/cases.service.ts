import { Inject, Injectable } from '@nestjs/common';
import {
  type Case,
  type CasePage,
  CaseRequest,
  type CaseSourceType,
  type PageQuery,
} from '@open-spaces/contracts';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { isSiteModerator } from '../../common/auth/site-roles';
import { AppException } from '../../common/errors/app.exception';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { fieldErrors } from '../../common/errors/problem.filter';
import { renderMarkdown } from '../../common/markdown/markdown';
import { decodeTimeIdCursor, toPage } from '../../common/pagination/cursor';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { isUuid } from '../../common/validation/uuid';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { toCase, toSummary } from './case-mapping';
import { caseErrors } from './cases.errors';
import { type CaseRow, CasesRepository, type PartyInput } from './cases.repository';
import { CaseEntity } from './entities/case.entity';

type CaseInput = z.output<typeof CaseRequest>;
type PageInput = z.output<typeof PageQuery>;

/** The process or petition on Open Spaces a case is written from. */
export interface CaseSource {
  type: CaseSourceType;
  id: string;
}

const SOURCE_INDEX = 'cases_source_type_source_id_key';

/**
 * Owns participation cases: their submission, editing and who may read them. A verified
 * member submits a case; it waits, seen by its submitter and the site moderators, until a
 * moderator publishes it (`CaseReviewService`) or returns it with a note. The submitter
 * edits it while it waits or after it was returned, which sends it back to the moderators.
 * A published case is public unless a moderator hid it or its submitter is suspended; a
 * case the viewer may not see answers 404, exactly like one that does not exist.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly taxonomy: TaxonomyService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async submit(user: AuthUser, input: CaseInput): Promise<Case> {
    const id = await this.insert(user.id, input, null);
    return this.get(id, user);
  }

  /**
   * Creates a submitted case from the figures of a finished process or petition on Open
   * Spaces, for the person who ran it to complete and send to the moderators. The figures
   * are checked as a submitted case is; one case per source.
   */
  async draftFromSource(
    submitterId: string,
    source: CaseSource,
    figures: CaseRequest,
  ): Promise<{ id: string }> {
    const parsed = CaseRequest.safeParse(figures);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      throw new AppException(400, 'validation_failed', 'The figures do not make a valid case.', { errors });
    }
    return { id: await this.insert(submitterId, parsed.data, source) };
  }

  async update(id: string, user: AuthUser, input: CaseInput): Promise<Case> {
    const row = await this.visible(id, user);
    if (row.submitted_by !== user.id) throw caseErrors.notSubmitter();
    if (row.status === 'published') throw caseErrors.notEditable();
    const fields = await this.fieldsOf(user.id, input, row.topics);
    await this.cases.transaction(async (tx) => {
      await tx.getRepository(CaseEntity).update(
        { id },
        {
          ...fields.columns,
          status: 'submitted',
          ...(row.status === 'returned' ? { submittedAt: new Date() } : {}),
        },
      );
      await this.cases.replaceParties(tx, id, fields.parties);
    });
    return this.get(id, user);
  }

  async get(id: string, viewer: AuthUser | undefined): Promise<Case> {
    const row = await this.visible(id, viewer);
    const parties = await this.cases.findParties([row.id], viewer?.id ?? null);
    return toCase(this.storage, row, parties, viewer);
  }

  /** The case if the viewer may see it: listed, or theirs, or they moderate; 404 otherwise. */
  async visible(id: string, viewer: AuthUser | undefined): Promise<CaseRow> {
    if (!isUuid(id)) throw caseErrors.notFound();
    const row = await this.cases.findById(id, viewer?.id ?? null);
    if (!row) throw caseErrors.notFound();
    const submitter = viewer !== undefined && row.submitted_by === viewer.id;
    if (!row.listed && !submitter && !isSiteModerator(viewer?.role)) throw caseErrors.notFound();
    return row;
  }

  /** The person's own cases in every state, newest first. */
  async mine(user: AuthUser, query: PageInput): Promise<CasePage> {
    const rows = await this.cases.findBySubmitterPage(user.id, decodeTimeIdCursor(query.after), query.limit);
    return toPage(rows, query.limit, toSummary, (row) => [row.sort_key, row.id]);
  }

  private async insert(submitterId: string, input: CaseInput, source: CaseSource | null): Promise<string> {
    const fields = await this.fieldsOf(submitterId, input, []);
    try {
      return await this.cases.transaction(async (tx: EntityManager) => {
        const result = await tx.getRepository(CaseEntity).insert({
          ...fields.columns,
          submittedBy: submitterId,
          sourceType: source?.type ?? null,
          sourceId: source?.id ?? null,
        });
        const id = (result.identifiers[0] as { id: string }).id;
        await this.cases.replaceParties(tx, id, fields.parties);
        return id;
      });
    } catch (error) {
      if (isUniqueViolation(error, SOURCE_INDEX)) throw caseErrors.sourceTaken();
      throw error;
    }
  }

  /** The columns and parties of a case as written, once its vocabulary and organisations are known. */
  private async fieldsOf(
    userId: string,
    input: CaseInput,
    currentTopics: string[],
  ): Promise<{ columns: Partial<CaseEntity>; parties: PartyInput[] }> {
    await this.taxonomy.assertFields({
      country: { kind: 'country', value: input.country },
      language: { kind: 'language', value: input.language },
      topics: { kind: 'topic', value: input.topics, current: currentTopics },
    });
    const parties = await this.resolveParties(userId, input);
    return {
      columns: {
        title: input.title,
        summary: input.summary,
        description: input.description,
        descriptionHtml: renderMarkdown(input.description),
        country: input.country,
        place: input.place,
        scope: input.scope,
        startDate: input.startDate,
        endDate: input.endDate,
        ongoing: input.ongoing,
        purpose: input.purpose,
        iap2Level: input.iap2Level,
        methods: input.methods,
        participantCount: input.participantCount,
        recruitment: input.recruitment,
        format: input.format,
        outcomes: input.outcomes,
        impact: input.impact,
        links: input.links.map((link) => ({ url: link.url, label: link.label })),
        topics: input.topics,
        language: input.language,
      },
      parties,
    };
  }

  /** Organisers and funders named by slug become links to organisations the person may see. */
  private async resolveParties(userId: string, input: CaseInput): Promise<PartyInput[]> {
    const named = [
      ...input.organisers.map((party, index) => ({
        ...party,
        role: 'organiser' as const,
        field: `organisers.${index}`,
      })),
      ...input.funders.map((party, index) => ({
        ...party,
        role: 'funder' as const,
        field: `funders.${index}`,
      })),
    ];
    const slugs = named.flatMap((party) => (party.organisation ? [party.organisation] : []));
    const found = new Map(
      (await this.cases.findOrganisations([...new Set(slugs)], userId)).map((o) => [o.slug, o]),
    );
    const unknown = named
      .filter((party) => party.organisation !== undefined && !found.has(party.organisation))
      .map((party) => `${party.field}.organisation`);
    if (unknown.length > 0) throw caseErrors.unknownOrganisations(unknown);
    return named.map((party) => {
      const organisation = party.organisation ? found.get(party.organisation) : undefined;
      return {
        role: party.role,
        organisationId: organisation?.id ?? null,
        name: organisation?.name ?? party.name ?? '',
      };
    });
  }
}
