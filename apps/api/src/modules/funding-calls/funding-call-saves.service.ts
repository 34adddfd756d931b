import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type {
  EditableOrganisationPage,
  FundingCallPage,
  FundingCallSaveState,
  SavedFundingCallQuery,
} from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { JobsService } from '../../common/jobs/jobs.service';
import { decodeCursor, decodeTimeIdCursor, NameIdKey, toPage } from '../../common/pagination/cursor';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { type CalendarEntry, CalendarSources } from '../calendar/calendar-sources';
import { Notifier } from '../notifications/notifier';
import { canEditProfile } from '../organisations/organisation-permissions';
import { OrganisationsService } from '../organisations/organisations.service';
import { toSummary } from './funding-call-view';
import { fundingCallErrors } from './funding-calls.errors';
import { DEADLINE_REMINDERS_CRON, DEADLINE_REMINDERS_POLICY } from './funding-calls.jobs';
import { FundingCallsRepository } from './funding-calls.repository';

type SavedInput = z.output<typeof SavedFundingCallQuery>;

/**
 * Owns saves of funding calls: a person saves a call for themself, or an owner, admin or
 * editor saves it for their organisation. The funder's editors see how many saved a call,
 * never who. The deadlines of the calls a person saved, personally or through an
 * organisation they belong to, go into their personal calendar. Whoever saved a call is
 * reminded when its next deadline is 14 days away and again at 3 days, once each.
 */
@Injectable()
export class FundingCallSavesService implements OnModuleInit {
  private readonly logger = new Logger('FundingCalls');

  constructor(
    private readonly calls: FundingCallsRepository,
    private readonly organisations: OrganisationsService,
    private readonly calendar: CalendarSources,
    private readonly notifier: Notifier,
    private readonly jobs: JobsService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.calendar.register({ entriesFor: (userId) => this.calendarEntries(userId) });
    await this.jobs.every(
      'funding-calls.deadline-reminders',
      DEADLINE_REMINDERS_CRON,
      DEADLINE_REMINDERS_POLICY,
      async () => {
        await this.remindDeadlines(new Date());
      },
    );
  }

  /**
   * Reminds the savers of calls whose deadline is near at `now`, each reminder once: the
   * reminders given are recorded with their notifications, in one transaction. Runs every
   * hour on its own; public so the tests (and an operator's script) can run a pass at a
   * chosen moment. Returns how many were sent.
   */
  async remindDeadlines(now: Date): Promise<number> {
    const reminded = await this.calls.transaction(async (tx) => {
      const due = await this.calls.recordDeadlineReminders(tx, now);
      await this.notifier.notify(
        tx,
        due.map((row) => ({
          userId: row.user_id,
          kind: 'call_deadline',
          organisationId: row.organisation_id,
          subject: {
            type: 'funding_call',
            id: row.call_id,
            title: row.title,
            path: `/funding/${row.call_id}`,
          },
          details: { daysLeft: row.days_left },
        })),
      );
      return due.length;
    });
    if (reminded > 0) this.logger.log(`${reminded} deadline reminder(s) sent`);
    return reminded;
  }

  async save(
    callId: string,
    viewer: AuthUser,
    organisationSlug: string | null,
  ): Promise<FundingCallSaveState> {
    await this.assertVisible(callId, viewer);
    const organisationId = organisationSlug
      ? await this.editableOrganisation(organisationSlug, viewer)
      : null;
    await this.calls.save(callId, viewer.id, organisationId);
    return this.state(callId, viewer);
  }

  async unsave(
    callId: string,
    viewer: AuthUser,
    organisationSlug: string | undefined,
  ): Promise<FundingCallSaveState> {
    await this.assertVisible(callId, viewer);
    const organisationId = organisationSlug
      ? await this.editableOrganisation(organisationSlug, viewer)
      : null;
    await this.calls.unsave(callId, viewer.id, organisationId);
    return this.state(callId, viewer);
  }

  /** The viewer's own saves, or (with `organisation`) those of an organisation they belong to. */
  async saved(viewer: AuthUser, query: SavedInput, organisationSlug?: string): Promise<FundingCallPage> {
    let organisationId: string | null = null;
    if (organisationSlug) {
      const { organisation, actor } = await this.organisations.access(organisationSlug, viewer);
      if (actor.role === null) throw fundingCallErrors.notMember();
      organisationId = organisation.id;
    }
    const rows = await this.calls.findSavedPage(
      viewer.id,
      organisationId,
      decodeTimeIdCursor(query.after),
      query.limit,
    );
    return toPage(
      rows,
      query.limit,
      (row) => toSummary(row, this.storage, viewer.id),
      (row) => [row.sort_key, row.save_id],
    );
  }

  /** The organisations the viewer may publish calls for and save calls for. */
  async editableOrganisations(viewer: AuthUser, query: SavedInput): Promise<EditableOrganisationPage> {
    const rows = await this.calls.findEditableOrganisations(
      viewer.id,
      decodeCursor(query.after, NameIdKey),
      query.limit,
    );
    return toPage(
      rows,
      query.limit,
      (row) => ({ slug: row.slug, name: row.name, kind: row.kind, country: row.country }),
      (row) => [row.sort_name, row.id],
    );
  }

  /** One entry per deadline, `funding-call-<id>-<n>` with n counting from 1 in date order. */
  async calendarEntries(userId: string): Promise<CalendarEntry[]> {
    const rows = await this.calls.findSavedForCalendar(userId);
    return rows.flatMap((row) =>
      row.deadlines.map((deadline, index) => ({
        uid: `funding-call-${row.id}-${index + 1}`,
        summary: `${row.title}: ${deadline.label}`,
        description: row.summary,
        url: `${this.config.publicUrl}/funding/${row.id}`,
        start: new Date(deadline.at),
        end: null,
        timeZone: deadline.timeZone,
        location: null,
        status: 'confirmed' as const,
        sequence: row.sequence,
        lastModified: row.updated_at,
      })),
    );
  }

  private async state(callId: string, viewer: AuthUser): Promise<FundingCallSaveState> {
    const call = await this.calls.findForViewer(callId, viewer.id);
    return {
      savedByMe: call?.saved_by_me ?? false,
      savedForOrganisations: await this.calls.organisationsSavedFor(callId, viewer.id),
    };
  }

  private async assertVisible(callId: string, viewer: AuthUser): Promise<void> {
    const call = await this.calls.findForViewer(callId, viewer.id);
    if (!call || call.hidden_at !== null) throw fundingCallErrors.notFound();
  }

  private async editableOrganisation(slug: string, viewer: AuthUser): Promise<string> {
    const { organisation, actor } = await this.organisations.access(slug, viewer);
    if (actor.role === null || !canEditProfile(actor)) throw fundingCallErrors.cannotSaveForOrganisation();
    return organisation.id;
  }
}
