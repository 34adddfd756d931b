import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  CreateFundingCallRequest,
  EligibleFundingCallPage,
  EligibleFundingCallQuery,
  FundingCall,
  FundingCallDirectoryQuery,
  FundingCallPage,
  FundingCallSaveState,
  SaveFundingCallRequest,
  UnsaveFundingCallQuery,
  UpdateFundingCallRequest,
} from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { RequireVerifiedEmail } from '../../common/auth/verified.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { FundingCallSavesService } from './funding-call-saves.service';
import { fundingCallErrors } from './funding-calls.errors';
import { FundingCallsService } from './funding-calls.service';

class CreateFundingCallDto extends createZodDto(CreateFundingCallRequest) {}
class UpdateFundingCallDto extends createZodDto(UpdateFundingCallRequest) {}
class FundingCallDirectoryQueryDto extends createZodDto(FundingCallDirectoryQuery) {}
class EligibleFundingCallQueryDto extends createZodDto(EligibleFundingCallQuery) {}
class SaveFundingCallDto extends createZodDto(SaveFundingCallRequest) {}
class UnsaveFundingCallQueryDto extends createZodDto(UnsaveFundingCallQuery) {}
class FundingCallDto extends createZodDto(FundingCall) {}
class FundingCallPageDto extends createZodDto(FundingCallPage) {}
class EligibleFundingCallPageDto extends createZodDto(EligibleFundingCallPage) {}
class FundingCallSaveStateDto extends createZodDto(FundingCallSaveState) {}

const CallId = new ParseUUIDPipe({ exceptionFactory: () => fundingCallErrors.notFound() });

@ApiTags('funding-calls')
@Controller('funding-calls')
export class FundingCallsController {
  constructor(
    private readonly calls: FundingCallsService,
    private readonly saves: FundingCallSavesService,
  ) {}

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Post()
  @ZodResponse({
    status: 201,
    type: FundingCallDto,
    description: "Published (the funder's owners, admins and editors)",
  })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateFundingCallDto): Promise<FundingCall> {
    return this.calls.create(user, body);
  }

  @Public()
  @Get()
  @ZodResponse({
    status: 200,
    type: FundingCallPageDto,
    description:
      'Calls the viewer may see, by next deadline (or newest first); open and forthcoming by default',
  })
  directory(
    @Viewer() viewer: AuthUser | undefined,
    @Query() query: FundingCallDirectoryQueryDto,
  ): Promise<FundingCallPage> {
    return this.calls.directory(viewer, query);
  }

  @ApiBearerAuth()
  @Get('for/:organisationSlug')
  @ZodResponse({
    status: 200,
    type: EligibleFundingCallPageDto,
    description:
      'Calls the organisation can apply for, with reasons and failing rules (its owners, admins and editors)',
  })
  forOrganisation(
    @CurrentUser() user: AuthUser,
    @Param('organisationSlug') slug: string,
    @Query() query: EligibleFundingCallQueryDto,
  ): Promise<EligibleFundingCallPage> {
    return this.calls.forOrganisation(slug, user, query);
  }

  @Public()
  @Get(':id')
  @ZodResponse({ status: 200, type: FundingCallDto, description: 'The call, if the viewer may see it' })
  get(@Viewer() viewer: AuthUser | undefined, @Param('id', CallId) id: string): Promise<FundingCall> {
    return this.calls.get(id, viewer);
  }

  @ApiBearerAuth()
  @Patch(':id')
  @ZodResponse({
    status: 200,
    type: FundingCallDto,
    description: "Changed (the funder's owners, admins and editors)",
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', CallId) id: string,
    @Body() body: UpdateFundingCallDto,
  ): Promise<FundingCall> {
    return this.calls.update(id, user, body);
  }

  @ApiBearerAuth()
  @Post(':id/saves')
  @HttpCode(200)
  @ZodResponse({
    status: 200,
    type: FundingCallSaveStateDto,
    description: 'Saved for the viewer, or for an organisation they are an editor of',
  })
  save(
    @CurrentUser() user: AuthUser,
    @Param('id', CallId) id: string,
    @Body() body: SaveFundingCallDto,
  ): Promise<FundingCallSaveState> {
    return this.saves.save(id, user, body.organisation);
  }

  @ApiBearerAuth()
  @Delete(':id/saves')
  @ZodResponse({ status: 200, type: FundingCallSaveStateDto, description: 'No longer saved' })
  unsave(
    @CurrentUser() user: AuthUser,
    @Param('id', CallId) id: string,
    @Query() query: UnsaveFundingCallQueryDto,
  ): Promise<FundingCallSaveState> {
    return this.saves.unsave(id, user, query.organisation);
  }
}
