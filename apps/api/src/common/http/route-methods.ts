import { Injectable } from '@nestjs/common';
import type { RouteOptions } from 'fastify';
import FindMyWay from 'find-my-way';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route answers any path it is given (the web client's pages), so it tells
     * nothing about which methods a path has: it is left out of `RouteMethods`.
     */
    catchAll?: boolean;
  }
}

/** The order of `Allow`: the usual methods first, as HTTP lists them, any other after. */
const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function byMethodOrder(a: string, b: string): number {
  const rank = (method: string) => {
    const at = METHOD_ORDER.indexOf(method);
    return at === -1 ? METHOD_ORDER.length : at;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

const nothing = () => undefined;

/**
 * Which methods the routes have at each path, so that a request that matched no route
 * can be told whether its path exists under other methods (405 with `Allow`, or 204 with
 * `Allow` for OPTIONS). A second router, with the matching options of Fastify's own (its
 * defaults), is fed every route as it is added (Fastify's `onRoute`) and is asked only on
 * the not-found path: a request that matches a route never reaches it.
 */
@Injectable()
export class RouteMethods {
  private readonly router = FindMyWay();
  private readonly methods = new Set<FindMyWay.HTTPMethod>();

  add(route: Pick<RouteOptions, 'method' | 'url' | 'config'>): void {
    if (route.config?.catchAll) return;
    for (const method of [route.method].flat() as FindMyWay.HTTPMethod[]) {
      // The same path and method under other constraints (a version, a host) is one here.
      if (this.router.hasRoute(method, route.url)) continue;
      this.router.on(method, route.url, nothing);
      this.methods.add(method);
    }
  }

  /**
   * The `Allow` value for a request that found nothing: the methods of the routes at its
   * path (Fastify adds HEAD to every GET route) and OPTIONS, which every existing path
   * answers. Undefined when no route has the path, or when one has it under the
   * request's own method: then a route looked and found nothing (a missing file), a 404.
   */
  allowAt(method: string, url: string): string | undefined {
    const path = url.split('?', 1)[0] ?? url;
    const allowed = [...this.methods].filter((each) => this.router.find(each, path) !== null);
    if (allowed.length === 0 || allowed.includes(method as FindMyWay.HTTPMethod)) return undefined;
    if (!allowed.includes('OPTIONS')) allowed.push('OPTIONS');
    return allowed.sort(byMethodOrder).join(', ');
  }
}
