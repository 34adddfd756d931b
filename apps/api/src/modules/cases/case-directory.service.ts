import { Injectable } from '@nestjs/common';
import type {
  CaseFacetQuery,
  CaseFacets,
  CasePage,
  CaseQuery,
  SimilarCaseList,
} from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { decodeTimeIdCursor, toPage } from '../../common/pagination/cursor';
import { facetsOf } from './case-facets';
import { toSummary, traitsOf } from './case-mapping';
import { rankSimilar } from './case-similarity';
import { CasesRepository } from './cases.repository';
import { CasesService } from './cases.service';

type QueryInput = z.output<typeof CaseQuery>;
type FacetInput = z.output<typeof CaseFacetQuery>;

/** How many of the newest candidates the similarity score ranks, and how many it suggests. */
const SIMILAR_CANDIDATES = 200;
const SIMILAR_SHOWN = 5;

/**
 * The repository as readers browse it: published cases filtered by method, scope, country,
 * IAP2 level, topic, language and words, how many cases each filter value has, and the
 * cases similar to the one being read (see `case-similarity.ts`).
 */
@Injectable()
export class CaseDirectoryService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly caseService: CasesService,
  ) {}

  async list(viewer: AuthUser | undefined, query: QueryInput): Promise<CasePage> {
    const rows = await this.cases.findListedPage(
      viewer?.id ?? null,
      query,
      decodeTimeIdCursor(query.after),
      query.limit,
    );
    return toPage(rows, query.limit, toSummary, (row) => [row.sort_key, row.id]);
  }

  async facets(viewer: AuthUser | undefined, query: FacetInput): Promise<CaseFacets> {
    return facetsOf(await this.cases.countFacets(viewer?.id ?? null, query));
  }

  async similar(id: string, viewer: AuthUser | undefined): Promise<SimilarCaseList> {
    const row = await this.caseService.visible(id, viewer);
    const candidates = await this.cases.findSimilarCandidates(viewer?.id ?? null, row, SIMILAR_CANDIDATES);
    const ranked = rankSimilar(
      traitsOf(row),
      candidates.map((candidate) => ({ ...traitsOf(candidate), row: candidate })),
      SIMILAR_SHOWN,
    );
    return {
      items: ranked.map(({ candidate, score, reasons }) => ({
        case: toSummary(candidate.row),
        score,
        reasons,
      })),
    };
  }
}
