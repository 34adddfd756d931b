import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Problem } from '@open-spaces/contracts';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { z } from 'zod';
import { API_VERSION } from './common/version';

type ComponentSchema = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

/** The OpenAPI 3.1 description of every route, generated from the contracts. */
export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Open Spaces API')
    .setDescription(
      'The API of Open Spaces. Every route needs a bearer access token unless marked otherwise; ' +
        'every error is application/problem+json with a stable `code`.',
    )
    .setVersion(API_VERSION)
    .addBearerAuth()
    .build();
  const document = cleanupOpenApiDoc(SwaggerModule.createDocument(app, config), { version: '3.1' });
  document.components ??= {};
  document.components.schemas ??= {};
  restoreNullableFields(document.components.schemas, contractDtos(app));
  document.components.schemas.Problem = z.toJSONSchema(Problem, {
    target: 'draft-2020-12',
  }) as ComponentSchema;
  // Deny by default: the bearer token is required unless the route is marked public.
  document.security = [{ bearer: [] }];
  for (const path of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = path[method];
      if (!operation) continue;
      if ((operation as { 'x-public'?: boolean })['x-public']) operation.security = [];
      operation.responses.default = {
        description: 'An error, as RFC 9457 problem details with a stable `code`',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    }
  }
  return sortKeys(document);
}

/** A request or response class made from a contract, as the document names its schema. */
interface ContractDto {
  name: string;
  schema: z.ZodType;
  io: 'input' | 'output';
}

const RESPONSES_METADATA = 'swagger/apiResponse';

function isContractDto(value: unknown): value is { name: string; schema: z.ZodType } {
  return (
    typeof value === 'function' &&
    'isZodDto' in value &&
    'schema' in value &&
    value.schema instanceof z.ZodType
  );
}

/** Every contract class a route takes (its parameters) or answers with (its documented responses). */
function contractDtos(app: NestFastifyApplication): ContractDto[] {
  const found = new Map<string, ContractDto>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[key];
        if (key === 'constructor' || typeof handler !== 'function') continue;
        const parameters: unknown[] = Reflect.getMetadata('design:paramtypes', prototype, key) ?? [];
        for (const type of parameters) {
          if (isContractDto(type))
            found.set(type.name, { name: type.name, schema: type.schema, io: 'input' });
        }
        const responses: Record<string, { type?: unknown }> =
          Reflect.getMetadata(RESPONSES_METADATA, handler) ?? {};
        for (const { type } of Object.values(responses)) {
          for (const candidate of Array.isArray(type) ? type : [type]) {
            if (isContractDto(candidate)) {
              found.set(candidate.name, { name: candidate.name, schema: candidate.schema, io: 'output' });
            }
          }
        }
      }
    }
  }
  return [...found.values()];
}

/**
 * Puts back the contract's own schema for each top-level field that may be null and is
 * otherwise a bare string, number or boolean (`z.string().nullable()`). The JSON Schema
 * of such a field is `type: ["string", "null"]`, which the document generator reads as
 * "an array of strings"; fields one level down, and nullable fields with constraints
 * (written `anyOf`), come through as they are.
 */
function restoreNullableFields(schemas: Record<string, ComponentSchema>, dtos: readonly ContractDto[]): void {
  for (const { name, schema, io } of dtos) {
    const component = schemas[name] as { properties?: Record<string, unknown> } | undefined;
    if (!component?.properties) continue;
    const contract = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as {
      properties?: Record<string, { type?: unknown }>;
    };
    for (const [field, fieldSchema] of Object.entries(contract.properties ?? {})) {
      if (Array.isArray(fieldSchema.type) && field in component.properties)
        component.properties[field] = fieldSchema;
    }
  }
}

export function mountApiDocs(app: NestFastifyApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('api/docs', app, document, { useGlobalPrefix: false, raw: false });
}

/** Stable key order, so the committed spec only changes when the API does. */
function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, sortKeys(inner)]),
    ) as T;
  }
  return value;
}
