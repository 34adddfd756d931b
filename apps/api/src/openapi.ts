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
