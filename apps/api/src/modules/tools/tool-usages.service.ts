import { Inject, Injectable } from '@nestjs/common';
import type { ToolUsage, ToolUsagePage, ToolUsageRequest } from '@open-spaces/contracts';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { decodeTimeIdCursor, type PageRequest, toPage } from '../../common/pagination/cursor';
import { imageUrls } from '../../common/storage/images';
import { FILE_STORAGE, type FileStorage } from '../../common/storage/storage';
import { canEditProfile } from '../organisations/organisation-permissions';
import { OrganisationsService } from '../organisations/organisations.service';
import { ToolUsage as ToolUsageEntity } from './entities/tool-usage.entity';
import { toolErrors } from './tools.errors';
import { ToolsRepository, type ToolUsageRow } from './tools.repository';
import { ToolsService } from './tools.service';

type UsageInput = z.output<typeof ToolUsageRequest>;

/**
 * Owns organisations' "we use it" notes: one per organisation and tool, written, changed
 * and removed by the organisation's owners, admins and editors, and listed on the tool's
 * page only for organisations the viewer may see.
 */
@Injectable()
export class ToolUsagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tools: ToolsService,
    private readonly repository: ToolsRepository,
    private readonly organisations: OrganisationsService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async list(slug: string, viewer: AuthUser | undefined, query: PageRequest): Promise<ToolUsagePage> {
    const tool = await this.tools.visible(slug, viewer);
    const after = decodeTimeIdCursor(query.after);
    const rows = await this.repository.findUsagesPage(tool.id, viewer?.id ?? null, after, query.limit);
    return toPage(
      rows,
      query.limit,
      (row) => this.toUsage(row),
      (row) => [row.updated_key, row.organisation_id],
    );
  }

  /** Says the organisation uses the tool, or replaces its note. */
  async set(slug: string, organisationSlug: string, user: AuthUser, input: UsageInput): Promise<ToolUsage> {
    const { toolId, organisationId } = await this.editable(slug, organisationSlug, user);
    await this.dataSource.query(
      `INSERT INTO tool_usages (tool_id, organisation_id, note, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tool_id, organisation_id) DO UPDATE SET note = EXCLUDED.note, updated_at = now()`,
      [toolId, organisationId, input.note, user.id],
    );
    const row = await this.repository.findUsage(toolId, organisationId);
    if (!row) throw toolErrors.usageNotFound();
    return this.toUsage(row);
  }

  async remove(slug: string, organisationSlug: string, user: AuthUser): Promise<void> {
    const { toolId, organisationId } = await this.editable(slug, organisationSlug, user);
    const result = await this.dataSource.getRepository(ToolUsageEntity).delete({ toolId, organisationId });
    if (!result.affected) throw toolErrors.usageNotFound();
  }

  private async editable(slug: string, organisationSlug: string, user: AuthUser) {
    const tool = await this.tools.visible(slug, user);
    if (tool.status !== 'approved' || tool.hidden_at !== null) throw toolErrors.notListed();
    const { organisation, actor } = await this.organisations.access(organisationSlug, user);
    if (!canEditProfile(actor)) throw toolErrors.notAnEditor();
    return { toolId: tool.id, organisationId: organisation.id };
  }

  private toUsage(row: ToolUsageRow): ToolUsage {
    return {
      organisation: {
        slug: row.slug,
        name: row.name,
        kind: row.kind,
        logo: imageUrls(this.storage, row.logo_key),
      },
      note: row.note,
      updatedAt: row.updated_at.toISOString(),
    };
  }
}
