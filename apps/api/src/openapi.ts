import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Problem } from '@open-spaces/contracts';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { z } from 'zod';

/** The OpenAPI 3.1 description of every route, generated from the contracts. */
export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Open Spaces API')
    .setDescription(
      'The API of Open Spaces. Every route needs a bearer access token unless marked otherwise; ' +
        'every error is application/problem+json with a stable `code`.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  const document = cleanupOpenApiDoc(SwaggerModule.createDocument(app, config), { version: '3.1' });
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.Problem = z.toJSONSchema(Problem, { target: 'draft-2020-12' }) as never;
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
