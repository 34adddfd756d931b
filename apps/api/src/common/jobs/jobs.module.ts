import { type DynamicModule, Global, Module } from '@nestjs/common';
import { JOBS_DATABASE_URL, JobsService } from './jobs.service';

/** Durable background jobs for every module: send them and register handlers with JobsService. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JOBS_DATABASE_URL, useValue: databaseUrl }, JobsService],
      exports: [JobsService],
    };
  }
}
