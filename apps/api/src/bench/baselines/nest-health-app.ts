import 'reflect-metadata';
import type { Server } from 'node:http';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyServerOptions } from 'fastify';
import { healthAnswer } from './health-answer';
import { serveBaseline } from './serve';

@Controller('health')
class HealthController {
  @Get()
  health() {
    return healthAnswer;
  }
}

@Module({ controllers: [HealthController] })
class HealthOnlyModule {}

/**
 * Serves GET /api/health from Nest on the Fastify adapter with one controller and no
 * logger, set up as lean as the API (no middleware engine); `prepare` adds what a
 * baseline measures on top, before the app starts.
 */
export async function serveNestHealth(
  adapterOptions: Pick<FastifyServerOptions, 'genReqId' | 'requestIdHeader'> = {},
  prepare: (adapter: FastifyAdapter) => void = () => undefined,
): Promise<void> {
  const adapter = new FastifyAdapter({ ...adapterOptions, skipMiddie: true });
  const app = await NestFactory.create<NestFastifyApplication>(HealthOnlyModule, adapter, { logger: false });
  app.setGlobalPrefix('api');
  prepare(adapter);
  await app.init();
  // Fastify finishes its routes on ready(), which Nest leaves to listen(); serveBaseline listens.
  await adapter.getInstance().ready();
  serveBaseline(app.getHttpServer() as Server, () => app.close());
}
