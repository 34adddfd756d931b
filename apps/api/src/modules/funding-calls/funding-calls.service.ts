import { Inject, Injectable } from '@nestjs/common';
import type {
  CreateFundingCallRequest,
  EligibleFundingCallPage,
  EligibleFundingCallQuery,
  FieldError,
  FundingCall,
  FundingCallDirectoryQuery,
  FundingCallPage,
  UpdateFundingCallRequest,
} from '@open-spaces/contracts';
import { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { renderMarkdown } from '../../common/markdown/markdown';
import { decodeCursor, PgTimestamp, toPage } from '../../common/pagination/cursor';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { ActivitiesService } from '../activities/activities.service';
import { canEditProfile } from '../organisations/organisation-permissions';
import { OrganisationsService } from '../organisations/organisations.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { codesAdmitting, isCountryGroup } from './country-groups';
import { closingInstant, instantOf } from './deadlines';
import { assessEligibility } from './eligibility';
import { FundingCallEntity, type StoredDeadline } from './entities/funding-call.entity';
import { datedDeadlines, toFundingCall, toSummary } from './funding-call-view';
import { fundingCallErrors } from './funding-calls.errors';
import { FundingCallsRepository } from './funding-calls.repository';

type CreateInput = z.output<typeof CreateFundingCallRequest>;
type UpdateInput = z.output<typeof UpdateFundingCallRequest>;
type DirectoryInput = z.output<typeof FundingCallDirectoryQuery>;
type EligibleInput = z.output<typeof EligibleFundingCallQuery>;

const DeadlineKey = z.tuple([PgTimestamp, z.guid()]);
const EligibleKey = z.tuple([z.number().int().min(0).max(1), PgTimestamp, z.guid()]);

/**
 * Owns funding calls: publishing and changing them (owners, admins and editors of the
 * funder), the public directory, and the calls an organisation can apply for, with the
 * reasons each fits and the rules it fails. Status is derived from the dates at read
 * time. Every publish and change is recorded in the activity log in the same transaction.
 */
@Injectable()
export class FundingCallsService {
  constructor(
    private readonly calls: FundingCallsRepository,
    private readonly organisations: OrganisationsService,
    private readonly taxonomy: TaxonomyService,
    private readonly activities: ActivitiesService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async create(author: AuthUser, input: CreateInput): Promise<FundingCall> {
    const { organisation, actor } = await this.organisations.access(input.organisation, author);
    if (!canEditProfile(actor)) throw fundingCallErrors.cannotPublish();
    await this.assertKnownValues(input, []);
    const dates = datedFields(input, new Date());
    const id = await this.activities.write(async (tx, log) => {
      const repository = tx.getRepository(FundingCallEntity);
      const saved = await repository.save(
        repository.create({
          organisationId: organisation.id,
          authorId: author.id,
          title: input.title,
          summary: input.summary,
          description: input.description,
          descriptionHtml: renderMarkdown(input.description),
          programme: input.programme,
          applyUrl: input.applyUrl,
          currency: input.currency,
          totalBudget: input.totalBudget,
          minGrant: input.minGrant,
          maxGrant: input.maxGrant,
          expectedGrants: input.expectedGrants,
          coFundingRate: input.coFundingRate,
          deadlineModel: input.deadlineModel,
          eligibleCountries: unique(input.eligibleCountries),
          eligibleKinds: unique(input.eligibleKinds),
          topics: unique(input.topics),
          languages: unique(input.languages),
          minPartners: input.minPartners,
          minCountries: input.minCountries,
          contact: input.contact,
          ...dates,
        }),
      );
      await log.record({
        actorId: author.id,
        organisationId: organisation.id,
        verb: 'published',
        objectType: 'funding_call',
        objectId: saved.id,
        topics: saved.topics,
        countries: saved.eligibleCountries.filter((code) => !isCountryGroup(code)),
        audience: 'public',
      });
      return saved.id;
    });
    return this.get(id, author);
  }

  async get(id: string, viewer: AuthUser | undefined): Promise<FundingCall> {
    const row = await this.calls.findForViewer(id, viewer?.id ?? null);
    if (!row) throw fundingCallErrors.notFound();
    const savedFor = viewer ? await this.calls.organisationsSavedFor(id, viewer.id) : [];
    return toFundingCall(row, this.storage, viewer?.id ?? null, savedFor);
  }

  /** Changes the call; a change to anything is material and is announced as `updated`. */
  async update(id: string, viewer: AuthUser, input: UpdateInput): Promise<FundingCall> {
    const row = await this.calls.findForViewer(id, viewer.id);
    if (!row) throw fundingCallErrors.notFound();
    if (!row.viewer_can_edit) throw fundingCallErrors.cannotEdit();
    await this.assertKnownValues(input, row.topics);
    const changes: Partial<FundingCallEntity> = {};
    for (const key of PLAIN_FIELDS) {
      if (input[key] !== undefined) Object.assign(changes, { [key]: input[key] });
    }
    for (const key of LIST_FIELDS) {
      const value = input[key];
      if (value !== undefined) Object.assign(changes, { [key]: unique(value as string[]) });
    }
    if (input.description !== undefined) {
      changes.description = input.description;
      changes.descriptionHtml = renderMarkdown(input.description);
    }
    if (input.opening !== undefined || input.deadlines !== undefined) {
      const opening =
        input.opening !== undefined
          ? input.opening
          : row.opens_local && row.opens_time_zone
            ? { local: row.opens_local, timeZone: row.opens_time_zone }
            : null;
      const deadlines = input.deadlines ?? row.deadlines;
      Object.assign(changes, datedFields({ opening, deadlines }, new Date(), input.deadlines !== undefined));
      if (input.deadlineModel !== undefined) changes.deadlineModel = input.deadlineModel;
    }
    checkAmounts(row, input);
    await this.activities.write(async (tx, log) => {
      await tx
        .createQueryBuilder()
        .update(FundingCallEntity)
        .set({ ...changes, sequence: () => 'sequence + 1' })
        .where('id = :id', { id })
        .execute();
      await log.record({
        actorId: viewer.id,
        organisationId: row.organisation_id,
        verb: 'updated',
        objectType: 'funding_call',
        objectId: id,
        topics: changes.topics ?? row.topics,
        countries: (changes.eligibleCountries ?? row.eligible_countries).filter(
          (code) => !isCountryGroup(code),
        ),
        audience: 'public',
      });
    });
    return this.get(id, viewer);
  }

  async directory(viewer: AuthUser | undefined, query: DirectoryInput): Promise<FundingCallPage> {
    const after = decodeCursor(query.after, DeadlineKey);
    const viewerId = viewer?.id ?? null;
    const rows = await this.calls.findDirectoryPage(
      viewerId,
      {
        q: query.q,
        statuses: query.status ?? ['open', 'forthcoming'],
        topic: query.topic,
        admittingCodes: query.eligibleCountry ? codesAdmitting(query.eligibleCountry) : undefined,
        kind: query.eligibleKind,
        funder: query.funder,
      },
      query.order,
      after,
      query.limit,
    );
    return toPage(
      rows,
      query.limit,
      (row) => toSummary(row, this.storage, viewerId),
      (row) => [row.sort_key, row.id],
    );
  }

  /** The calls an organisation the viewer manages can apply for (see the repository). */
  async forOrganisation(
    slug: string,
    viewer: AuthUser,
    query: EligibleInput,
  ): Promise<EligibleFundingCallPage> {
    const { organisation, actor } = await this.organisations.access(slug, viewer);
    if (!canEditProfile(actor)) throw fundingCallErrors.notManager();
    const after = decodeCursor(query.after, EligibleKey);
    const rows = await this.calls.findForApplicant(
      viewer.id,
      {
        organisationId: organisation.id,
        admittingCodes: codesAdmitting(organisation.country),
        kind: organisation.kind,
        topics: organisation.topics,
      },
      query.all,
      after,
      query.limit,
    );
    const applicant = { country: organisation.country, kind: organisation.kind, topics: organisation.topics };
    const page = toPage(
      rows,
      query.limit,
      (row) => ({
        call: toSummary(row, this.storage, viewer.id),
        ...assessEligibility(
          {
            deadlineModel: row.deadline_model,
            opensAt: row.opens_at,
            deadlines: datedDeadlines(row.deadlines),
            eligibleCountries: row.eligible_countries,
            eligibleKinds: row.eligible_kinds,
            topics: row.topics,
          },
          applicant,
          row.checked_at,
        ),
      }),
      (row) => [row.rank, row.sort_key, row.id],
    );
    return {
      organisation: {
        slug: organisation.slug,
        name: organisation.name,
        kind: organisation.kind,
        country: organisation.country,
        topics: organisation.topics,
      },
      ...page,
    };
  }

  /** Countries (each checked where it stands, groups aside), topics and languages must be in the taxonomy. */
  private assertKnownValues(input: UpdateInput, currentTopics: string[]): Promise<void> {
    const countries = Object.fromEntries(
      (input.eligibleCountries ?? []).flatMap((code, index) =>
        isCountryGroup(code)
          ? []
          : [[`eligibleCountries.${index}`, { kind: 'country' as const, value: code }]],
      ),
    );
    return this.taxonomy.assertFields({
      ...countries,
      topics: { kind: 'topic', value: input.topics, current: currentTopics },
      languages: { kind: 'language', value: input.languages },
    });
  }
}

const PLAIN_FIELDS = [
  'title',
  'summary',
  'programme',
  'applyUrl',
  'currency',
  'totalBudget',
  'minGrant',
  'maxGrant',
  'expectedGrants',
  'coFundingRate',
  'minPartners',
  'minCountries',
  'contact',
] as const;
const LIST_FIELDS = ['eligibleCountries', 'eligibleKinds', 'topics', 'languages'] as const;

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

interface DateInput {
  opening: { local: string; timeZone: string } | null;
  deadlines: readonly { label: string; local: string; timeZone: string }[];
}

/**
 * The stored date columns: each local time with the instant it means. Refuses times that
 * do not exist in their zone, an opening after the last deadline and, when the deadlines
 * are new, a last deadline that has already passed.
 */
function datedFields(input: DateInput, now: Date, deadlinesChanged = true) {
  const errors: FieldError[] = [];
  const opensAt = input.opening ? instantOf(input.opening) : null;
  if (input.opening && !opensAt) errors.push(nonexistent('opening.local'));
  const deadlines: StoredDeadline[] = [];
  input.deadlines.forEach((deadline, index) => {
    const at = instantOf(deadline);
    if (!at) errors.push(nonexistent(`deadlines.${index}.local`));
    else
      deadlines.push({
        label: deadline.label,
        local: deadline.local,
        timeZone: deadline.timeZone,
        at: at.toISOString(),
      });
  });
  const dated = datedDeadlines(deadlines);
  const closesAt = closingInstant(dated);
  if (errors.length === 0 && closesAt && deadlinesChanged && closesAt.getTime() <= now.getTime()) {
    errors.push({
      field: 'deadlines',
      code: 'deadline_in_past',
      message: 'The last deadline has already passed.',
    });
  }
  if (errors.length === 0 && closesAt && opensAt && opensAt.getTime() >= closesAt.getTime()) {
    errors.push({
      field: 'opening',
      code: 'opens_after_deadline',
      message: 'The call must open before its last deadline.',
    });
  }
  if (errors.length > 0) throw fundingCallErrors.invalidFields(errors);
  return {
    opensLocal: input.opening?.local ?? null,
    opensTimeZone: input.opening?.timeZone ?? null,
    opensAt,
    deadlines: [...deadlines].sort((a, b) => a.at.localeCompare(b.at)),
    deadlinesAt: dated.map((deadline) => deadline.at),
    closesAt,
  };
}

function nonexistent(field: string): FieldError {
  return {
    field,
    code: 'nonexistent_local_time',
    message: 'This time does not exist in its time zone (the clocks skip it).',
  };
}

/** Amounts changed on their own must still fit the ones kept: min ≤ max ≤ total. */
function checkAmounts(
  row: { min_grant: number | null; max_grant: number | null; total_budget: number | null },
  input: UpdateInput,
): void {
  const min = input.minGrant !== undefined ? input.minGrant : row.min_grant;
  const max = input.maxGrant !== undefined ? input.maxGrant : row.max_grant;
  const total = input.totalBudget !== undefined ? input.totalBudget : row.total_budget;
  const errors: FieldError[] = [];
  if (min !== null && max !== null && min > max) {
    errors.push({ field: 'minGrant', code: 'custom', message: 'The minimum grant is above the maximum.' });
  }
  const largest = max ?? min;
  if (largest !== null && total !== null && largest > total) {
    errors.push({
      field: 'maxGrant',
      code: 'custom',
      message: 'A grant cannot be larger than the total budget.',
    });
  }
  if (errors.length > 0) throw fundingCallErrors.invalidFields(errors);
}
