import { Injectable } from '@nestjs/common';
import type { Health, Readiness } from '@open-spaces/contracts';
import { DataSource } from 'typeorm';
import { commonErrors } from '../../common/errors/app.exception';
import { API_VERSION } from '../../common/version';

/** Liveness and readiness, for load balancers and orchestrators. */
@Injectable()
export class HealthService {
  private readonly alivePayload: Health = { status: 'ok', version: API_VERSION };

  constructor(private readonly dataSource: DataSource) {}

  alive(): Health {
    return this.alivePayload;
  }

  async ready(): Promise<Readiness> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'up' };
    } catch {
      throw commonErrors.serviceUnavailable();
    }
  }
}
