import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { z } from 'zod';

const SERIALIZER_DTO = 'ZOD_SERIALIZER_DTO_OPTIONS';
const FASTIFY_ROUTE_SCHEMA = '__fastify_route_schema__';

/**
 * Gives every route declared with `@ZodResponse` a Fastify response schema built from
 * the same contract. Fastify then serialises answers with a compiled serializer that
 * writes only the contract's fields, so nothing unlisted (a password hash, an internal
 * column) can leave the server, at less cost than JSON.stringify. Runs before init,
 * when the routes are registered.
 */
export function attachResponseSchemas(app: INestApplication): void {
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const prototype = (wrapper.metatype as { prototype?: object } | null)?.prototype;
      if (!prototype) continue;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const dto: unknown = Reflect.getMetadata(SERIALIZER_DTO, handler);
        const schema = responseSchemaOf(dto);
        if (!schema) continue;
        const existing = (Reflect.getMetadata(FASTIFY_ROUTE_SCHEMA, handler) ?? {}) as Record<
          string,
          unknown
        >;
        Reflect.defineMetadata(FASTIFY_ROUTE_SCHEMA, { ...existing, response: { '2xx': schema } }, handler);
      }
    }
  }
}

function responseSchemaOf(dto: unknown): Record<string, unknown> | null {
  const isArray = Array.isArray(dto);
  const item = isArray ? dto[0] : dto;
  const schema = (item as { schema?: unknown } | undefined)?.schema ?? item;
  if (!(schema instanceof z.ZodType)) return null;
  const json = z.toJSONSchema(isArray ? z.array(schema) : schema, {
    io: 'output',
    target: 'draft-7',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}
