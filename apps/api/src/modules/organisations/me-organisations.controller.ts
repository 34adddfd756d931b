import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PublisherList } from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { MembersService } from './members.service';

class PublisherListDto extends createZodDto(PublisherList) {}

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('me')
export class MeOrganisationsController {
  constructor(private readonly members: MembersService) {}

  @Get('publishing-organisations')
  @ZodResponse({
    status: 200,
    type: PublisherListDto,
    description:
      'The organisations I may publish posts and organise events as (owner, admin or editor), by name',
  })
  publishing(@CurrentUser() user: AuthUser): Promise<PublisherList> {
    return this.members.publishable(user);
  }
}
