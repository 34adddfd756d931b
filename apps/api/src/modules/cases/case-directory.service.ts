import { Injectable } from '@nestjs/common';
import type {
  CaseFacetCount,
  CaseFacetQuery,
  CaseFacets,
  CasePage,
  CaseQuery,
  SimilarCaseList,
} from '@open-spaces/contracts';
import type { z } from 'zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { decodeTimeIdCursor, toPage } from '../../common/pagination/cursor';
import { toSummary, traitsOf } from './case-mapping';
import { rankSimilar } from './case-similarity';
import { CasesRepository, FACET_WINDOW, type FacetRow } from './cases.repository';
import { CasesService } from './cases.service';

type QueryInput = z.output<typeof CaseQuery>;
type FacetInput = z.output<typeof CaseFacetQuery>;

/** How many of the newest candidates the similarity score ranks, and how many it suggests. */
const SIMILAR_CANDIDATES = 200;
const SIMILAR_SHOWN = 5;

const FACETS = ['methods', 'scopes', 'countries', 'iap2Levels', 'topics', 'languages'] as const;

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

/** The facet rows as counts per filter, most common first; "at least" when the window was full. */
export function facetsOf(rows: FacetRow[]): CaseFacets {
  const matched = rows.find((row) => row.facet === 'total')?.count ?? 0;
  const capped = matched > FACET_WINDOW;
  const counts = (facet: (typeof FACETS)[number]): CaseFacetCount[] =>
    rows
      .filter((row) => row.facet === facet)
      .map((row) => ({ value: row.value, count: Math.min(row.count, FACET_WINDOW) }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return {
    total: Math.min(matched, FACET_WINDOW),
    capped,
    methods: counts('methods'),
    scopes: counts('scopes'),
    countries: counts('countries'),
    iap2Levels: counts('iap2Levels'),
    topics: counts('topics'),
    languages: counts('languages'),
  };
}
