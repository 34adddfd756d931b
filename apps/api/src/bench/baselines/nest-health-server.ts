import 'reflect-metadata';
import type { Server } from 'node:http';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { healthAnswer } from './health-answer';
import { serveBaseline } from './serve';

/**
 * Nest on the Fastify adapter with nothing of ours: one controller answering GET
 * /api/health with the API's body, no global guard, pipe, filter or hook, no logger, and
 * without the middleware engine, which the API leaves out too.
 * Against it, the API's ratio is what our own layers cost; against the bare `node:http`
 * server, what the framework costs.
 */
@Controller('health')
class HealthController {
  @Get()
  health() {
    return healthAnswer;
  }
}

@Module({ controllers: [HealthController] })
class FrameworkOnlyModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(
    FrameworkOnlyModule,
    new FastifyAdapter({ skipMiddie: true }),
    {
      logger: false,
    },
  );
  app.setGlobalPrefix('api');
  await app.init();
  // Fastify finishes its routes on ready(), which Nest leaves to listen(); serveBaseline listens.
  await app.getHttpAdapter().getInstance().ready();
  serveBaseline(app.getHttpServer() as Server, () => app.close());
}

void main();
