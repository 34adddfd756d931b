import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SearchPage, SearchQuery, SuggestionList, SuggestionsQuery } from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { SearchService } from './search.service';

class SearchQueryDto extends createZodDto(SearchQuery) {}
class SuggestionsQueryDto extends createZodDto(SuggestionsQuery) {}
class SearchPageResponse extends createZodDto(SearchPage) {}
class SuggestionListResponse extends createZodDto(SuggestionList) {}

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Public()
  @Get()
  @ZodResponse({
    status: 200,
    type: SearchPageResponse,
    description:
      'People, organisations, posts, events, funding calls, tools and cases the viewer may see, best first',
  })
  find(@Viewer() viewer: AuthUser | undefined, @Query() query: SearchQueryDto): Promise<SearchPage> {
    return this.search.find(viewer, query);
  }

  @Public()
  @Get('suggestions')
  @ZodResponse({
    status: 200,
    type: SuggestionListResponse,
    description: 'Names that start with the words typed',
  })
  suggest(
    @Viewer() viewer: AuthUser | undefined,
    @Query() query: SuggestionsQueryDto,
  ): Promise<SuggestionList> {
    return this.search.suggest(viewer, query);
  }
}
