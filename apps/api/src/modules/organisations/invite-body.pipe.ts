import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { InviteRequest } from '@open-spaces/contracts';
import { ZodValidationPipe } from 'nestjs-zod';
import type { z } from 'zod';

const [byHandle, byEmail] = InviteRequest.options;

/**
 * Validates an invitation against the shape it is meant to have (by email when it has
 * an `email`, by handle otherwise), so that an error names the field rather than the
 * union as a whole.
 */
@Injectable()
export class InviteBodyPipe implements PipeTransform<unknown, z.output<typeof InviteRequest>> {
  private readonly byHandle = new ZodValidationPipe(byHandle);
  private readonly byEmail = new ZodValidationPipe(byEmail);

  transform(value: unknown, metadata: ArgumentMetadata): z.output<typeof InviteRequest> {
    const pipe =
      typeof value === 'object' && value !== null && 'email' in value ? this.byEmail : this.byHandle;
    return pipe.transform(value, metadata) as z.output<typeof InviteRequest>;
  }
}
