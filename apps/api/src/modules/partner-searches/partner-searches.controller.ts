import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  CallPartnerSearchQuery,
  CreatePartnerSearchRequest,
  ExpressInterestRequest,
  PartnerSearch,
  PartnerSearchDirectoryQuery,
  PartnerSearchPage,
  UpdatePartnerSearchRequest,
} from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { RequireVerifiedEmail } from '../../common/auth/verified.decorator';
import { partnerSearchErrors } from './partner-searches.errors';
import { PartnerSearchesService } from './partner-searches.service';

class CreatePartnerSearchDto extends createZodDto(CreatePartnerSearchRequest) {}
class UpdatePartnerSearchDto extends createZodDto(UpdatePartnerSearchRequest) {}
class ExpressInterestDto extends createZodDto(ExpressInterestRequest) {}
class CallPartnerSearchQueryDto extends createZodDto(CallPartnerSearchQuery) {}
class PartnerSearchDirectoryQueryDto extends createZodDto(PartnerSearchDirectoryQuery) {}
class PartnerSearchDto extends createZodDto(PartnerSearch) {}
class PartnerSearchPageDto extends createZodDto(PartnerSearchPage) {}

const CallId = new ParseUUIDPipe({ exceptionFactory: () => partnerSearchErrors.callNotFound() });
const SearchId = new ParseUUIDPipe({ exceptionFactory: () => partnerSearchErrors.notFound() });
const InterestId = new ParseUUIDPipe({ exceptionFactory: () => partnerSearchErrors.interestNotFound() });

@ApiTags('partner-searches')
@ApiBearerAuth()
@Controller('funding-calls/:id/partner-searches')
export class CallPartnerSearchesController {
  constructor(private readonly searches: PartnerSearchesService) {}

  @RequireVerifiedEmail()
  @Post()
  @ZodResponse({
    status: 201,
    type: PartnerSearchDto,
    description: "Started on a call that requires partners (the lead's owners, admins and editors)",
  })
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', CallId) callId: string,
    @Body() body: CreatePartnerSearchDto,
  ): Promise<PartnerSearch> {
    return this.searches.create(callId, user, body);
  }

  @Get()
  @ZodResponse({
    status: 200,
    type: PartnerSearchPageDto,
    description: 'The call’s partner searches, newest first',
  })
  list(
    @CurrentUser() user: AuthUser,
    @Param('id', CallId) callId: string,
    @Query() query: CallPartnerSearchQueryDto,
  ): Promise<PartnerSearchPage> {
    return this.searches.forCall(callId, user, query);
  }
}

@ApiTags('partner-searches')
@ApiBearerAuth()
@Controller('partner-searches')
export class PartnerSearchesController {
  constructor(private readonly searches: PartnerSearchesService) {}

  @Get()
  @ZodResponse({
    status: 200,
    type: PartnerSearchPageDto,
    description: 'Partner searches the viewer may see, newest first; open ones by default',
  })
  directory(
    @CurrentUser() user: AuthUser,
    @Query() query: PartnerSearchDirectoryQueryDto,
  ): Promise<PartnerSearchPage> {
    return this.searches.directory(user, query);
  }

  @Get(':id')
  @ZodResponse({
    status: 200,
    type: PartnerSearchDto,
    description: 'The search with its interests, coverage and, for the lead, suggestions',
  })
  get(@CurrentUser() user: AuthUser, @Param('id', SearchId) id: string): Promise<PartnerSearch> {
    return this.searches.get(id, user);
  }

  @Patch(':id')
  @ZodResponse({ status: 200, type: PartnerSearchDto, description: "Changed or closed (the lead's editors)" })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', SearchId) id: string,
    @Body() body: UpdatePartnerSearchDto,
  ): Promise<PartnerSearch> {
    return this.searches.update(id, user, body);
  }

  @RequireVerifiedEmail()
  @Post(':id/interests')
  @ZodResponse({
    status: 201,
    type: PartnerSearchDto,
    description: 'Interest expressed for another organisation (its owners, admins and editors)',
  })
  expressInterest(
    @CurrentUser() user: AuthUser,
    @Param('id', SearchId) id: string,
    @Body() body: ExpressInterestDto,
  ): Promise<PartnerSearch> {
    return this.searches.expressInterest(id, user, body);
  }

  @Post(':id/interests/:interestId/accept')
  @HttpCode(200)
  @ZodResponse({
    status: 200,
    type: PartnerSearchDto,
    description: "Accepted into the consortium (the lead's editors)",
  })
  accept(
    @CurrentUser() user: AuthUser,
    @Param('id', SearchId) id: string,
    @Param('interestId', InterestId) interestId: string,
  ): Promise<PartnerSearch> {
    return this.searches.answer(id, interestId, user, 'accepted');
  }

  @Post(':id/interests/:interestId/decline')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: PartnerSearchDto, description: "Declined (the lead's editors)" })
  decline(
    @CurrentUser() user: AuthUser,
    @Param('id', SearchId) id: string,
    @Param('interestId', InterestId) interestId: string,
  ): Promise<PartnerSearch> {
    return this.searches.answer(id, interestId, user, 'declined');
  }

  @Post(':id/interests/:interestId/withdraw')
  @HttpCode(200)
  @ZodResponse({
    status: 200,
    type: PartnerSearchDto,
    description: "Withdrawn (the interested organisation's owners, admins and editors)",
  })
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param('id', SearchId) id: string,
    @Param('interestId', InterestId) interestId: string,
  ): Promise<PartnerSearch> {
    return this.searches.withdraw(id, interestId, user);
  }
}
