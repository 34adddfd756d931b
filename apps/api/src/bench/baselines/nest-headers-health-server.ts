import 'reflect-metadata';
import type { Server } from 'node:http';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { requestIdOf } from '../../common/http/request-id';
import { registerSecurityHeaders, securityHeaderSets } from '../../common/http/security-headers';
import { healthAnswer } from './health-answer';
import { serveBaseline } from './serve';

/**
 * What the fixed stack costs with the response the platform must send: Nest on the
 * Fastify adapter, set up as lean as the API (no middleware engine, no logger), plus the
 * production security headers and a request id through the API's own hook, and nothing
 * else (no guard, pipe, filter, cookie, CORS or logging). Measured in place of the API
 * against the bare server, it says how close to the bare server any API built on this
 * stack with these headers can come.
 */
@Controller('health')
class HealthController {
  @Get()
  health() {
    return healthAnswer;
  }
}

@Module({ controllers: [HealthController] })
class StackFloorModule {}

async function main(): Promise<void> {
  const adapter = new FastifyAdapter({ skipMiddie: true, requestIdHeader: false, genReqId: requestIdOf });
  const app = await NestFactory.create<NestFastifyApplication>(StackFloorModule, adapter, { logger: false });
  app.setGlobalPrefix('api');
  registerSecurityHeaders(adapter.getInstance(), securityHeaderSets({ isProduction: true }));
  await app.init();
  // Fastify finishes its routes on ready(), which Nest leaves to listen(); serveBaseline listens.
  await adapter.getInstance().ready();
  serveBaseline(app.getHttpServer() as Server, () => app.close());
}

void main();
