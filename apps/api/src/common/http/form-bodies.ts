import { RouteConfig } from '@nestjs/platform-fastify';
import { errorCodes, type FastifyInstance } from 'fastify';

const FORM = 'application/x-www-form-urlencoded';
/** A form these routes read is a field or two, such as `List-Unsubscribe=One-Click`. */
const FORM_LIMIT_BYTES = 4096;

/** Marks a route that also takes a URL-encoded form body (what a mail client posts). */
export const ReadsForm = () => RouteConfig({ readsForm: true });

/**
 * Lets URL-encoded form bodies reach the routes marked `@ReadsForm()`, as an object of
 * their fields (the last value of a repeated field); every other route refuses them as 415,
 * like any body that is not JSON.
 */
export function acceptFormBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    FORM,
    { parseAs: 'string', bodyLimit: FORM_LIMIT_BYTES },
    (request, body, done) => {
      const config = request.routeOptions.config as { readsForm?: boolean };
      if (config.readsForm !== true && !request.is404) {
        done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(FORM), undefined);
        return;
      }
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
}
