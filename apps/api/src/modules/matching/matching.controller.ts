import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  DismissOrganisationSuggestionRequest,
  DismissPersonSuggestionRequest,
  OrganisationSuggestionLists,
  PersonSuggestionList,
  SuggestionQuery,
} from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { MatchingService } from './matching.service';

class SuggestionQueryDto extends createZodDto(SuggestionQuery) {}
class DismissPersonDto extends createZodDto(DismissPersonSuggestionRequest) {}
class DismissForOrganisationDto extends createZodDto(DismissOrganisationSuggestionRequest) {}
class PersonSuggestionListResponse extends createZodDto(PersonSuggestionList) {}
class OrganisationSuggestionListsResponse extends createZodDto(OrganisationSuggestionLists) {}

@ApiTags('matching')
@ApiBearerAuth()
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('people/suggestions')
  @ZodResponse({
    status: 200,
    type: PersonSuggestionListResponse,
    description: 'People the viewer could work with, best first, each with its reasons',
  })
  forPerson(
    @CurrentUser() user: AuthUser,
    @Query() query: SuggestionQueryDto,
  ): Promise<PersonSuggestionList> {
    return this.matching.forPerson(user, query);
  }

  @Post('people/suggestions/dismissals')
  @HttpCode(204)
  dismissPerson(@CurrentUser() user: AuthUser, @Body() body: DismissPersonDto): Promise<void> {
    return this.matching.dismissPerson(user, body.handle);
  }

  @Get('organisations/:slug/suggestions')
  @ZodResponse({
    status: 200,
    type: OrganisationSuggestionListsResponse,
    description:
      'Organisations to partner with and people who offer what it needs (owners, admins and editors)',
  })
  forOrganisation(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Query() query: SuggestionQueryDto,
  ): Promise<OrganisationSuggestionLists> {
    return this.matching.forOrganisation(slug, user, query);
  }

  @Post('organisations/:slug/suggestions/dismissals')
  @HttpCode(204)
  dismissForOrganisation(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Body() body: DismissForOrganisationDto,
  ): Promise<void> {
    return this.matching.dismissForOrganisation(slug, user, body);
  }
}
