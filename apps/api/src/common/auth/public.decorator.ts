import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const IS_PUBLIC = 'openSpaces:isPublic';

/**
 * Marks a route that anyone may call; every other route needs a signed-in user.
 * OpenAPI shows it as `x-public: true` with no security requirement.
 */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension('x-public', true));
