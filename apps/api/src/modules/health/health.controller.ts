import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Health, Readiness } from '@open-spaces/contracts';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/auth/public.decorator';
import { HealthService } from './health.service';

class HealthDto extends createZodDto(Health) {}
class ReadinessDto extends createZodDto(Readiness) {}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get()
  @ZodResponse({ status: 200, type: HealthDto, description: 'The process is alive' })
  alive(): Health {
    return this.health.alive();
  }

  @Public()
  @Get('ready')
  @ZodResponse({ status: 200, type: ReadinessDto, description: 'The database is reachable' })
  ready(): Promise<Readiness> {
    return this.health.ready();
  }
}
