import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { EditableOrganisationPage, FundingCallPage, SavedFundingCallQuery } from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { FundingCallSavesService } from './funding-call-saves.service';

class SavedFundingCallQueryDto extends createZodDto(SavedFundingCallQuery) {}
class FundingCallPageDto extends createZodDto(FundingCallPage) {}
class EditableOrganisationPageDto extends createZodDto(EditableOrganisationPage) {}

@ApiTags('funding-calls')
@ApiBearerAuth()
@Controller()
export class SavedFundingCallsController {
  constructor(private readonly saves: FundingCallSavesService) {}

  @Get('me/saved-funding-calls')
  @ZodResponse({
    status: 200,
    type: FundingCallPageDto,
    description: 'The calls I saved for myself, newest save first',
  })
  mine(@CurrentUser() user: AuthUser, @Query() query: SavedFundingCallQueryDto): Promise<FundingCallPage> {
    return this.saves.saved(user, query);
  }

  @Get('me/funding-organisations')
  @ZodResponse({
    status: 200,
    type: EditableOrganisationPageDto,
    description:
      'The organisations I may publish and save funding calls for (owner, admin or editor), by name',
  })
  editable(
    @CurrentUser() user: AuthUser,
    @Query() query: SavedFundingCallQueryDto,
  ): Promise<EditableOrganisationPage> {
    return this.saves.editableOrganisations(user, query);
  }

  @Get('organisations/:slug/saved-funding-calls')
  @ZodResponse({
    status: 200,
    type: FundingCallPageDto,
    description: 'The calls saved for an organisation (its members), newest save first',
  })
  organisation(
    @CurrentUser() user: AuthUser,
    @Param('slug') slug: string,
    @Query() query: SavedFundingCallQueryDto,
  ): Promise<FundingCallPage> {
    return this.saves.saved(user, query, slug);
  }
}
