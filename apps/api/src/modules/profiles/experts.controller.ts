import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ExpertPage, ExpertQuery } from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import type { AuthUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { ProfilesService } from './profiles.service';

class ExpertQueryDto extends createZodDto(ExpertQuery) {}
class ExpertPageDto extends createZodDto(ExpertPage) {}

/** The expert finder: the people directory narrowed to people open to press contact. */
@ApiTags('profiles')
@ApiBearerAuth()
@Controller('experts')
export class ExpertsController {
  constructor(private readonly profiles: ProfilesService) {}

  @Public()
  @Get()
  @ZodResponse({
    status: 200,
    type: ExpertPageDto,
    description: 'People open to press contact the viewer may see, in name order, with their press topics',
  })
  list(@Viewer() viewer: AuthUser | undefined, @Query() query: ExpertQueryDto): Promise<ExpertPage> {
    return this.profiles.experts(query, viewer);
  }
}
