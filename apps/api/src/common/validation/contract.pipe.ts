import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { ZodValidationPipe } from 'nestjs-zod';
import { commonErrors } from '../errors/app.exception';
import { unstorableTextPath } from './storable-text';

/**
 * The global pipe: every body, query and path parameter is checked against its contract
 * (zod DTOs through nestjs-zod), after a check that all its text can be stored at all.
 * Such text would otherwise reach PostgreSQL and fail there as a server error.
 */
@Injectable()
export class ContractPipe implements PipeTransform {
  private readonly contract = new ZodValidationPipe();

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'custom') {
      const path = unstorableTextPath(value);
      if (path)
        throw commonErrors.unstorableText(
          [metadata.data, ...path].filter(Boolean).join('.') || metadata.type,
        );
    }
    return this.contract.transform(value, metadata);
  }
}
