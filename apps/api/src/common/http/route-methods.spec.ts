import type { HTTPMethods } from 'fastify';
import { RouteMethods } from './route-methods';

function table(...routes: [HTTPMethods | HTTPMethods[], string, { catchAll?: boolean }?][]): RouteMethods {
  const methods = new RouteMethods();
  for (const [method, url, config] of routes) methods.add({ method, url, config });
  return methods;
}

describe('RouteMethods', () => {
  it('lists the methods of a path in the usual order, with OPTIONS', () => {
    const methods = table(
      ['DELETE', '/api/things/:id'],
      ['PATCH', '/api/things/:id'],
      [['GET', 'HEAD'], '/api/things/:id'],
    );
    expect(methods.allowAt('PUT', '/api/things/42')).toBe('GET, HEAD, PATCH, DELETE, OPTIONS');
  });

  it('matches as Fastify does: exact slashes and letter case, no query', () => {
    const methods = table(['POST', '/api/login']);
    expect(methods.allowAt('GET', '/api/login?next=/')).toBe('POST, OPTIONS');
    for (const path of ['/api/login/', '/api//login', '/api/Login', '/api/login/x', '/api']) {
      expect(methods.allowAt('GET', path)).toBeUndefined();
    }
  });

  it('matches wildcards', () => {
    expect(table(['GET', '/media/*']).allowAt('DELETE', '/media/a/b.webp')).toBe('GET, OPTIONS');
  });

  it('gives nothing when the path has the request’s own method: a route found nothing there', () => {
    const media = table([['GET', 'HEAD'], '/media/*']);
    expect(media.allowAt('GET', '/media/gone.webp')).toBeUndefined();
    expect(media.allowAt('HEAD', '/media/gone.webp')).toBeUndefined();
    expect(media.allowAt('OPTIONS', '/media/gone.webp')).toBe('GET, HEAD, OPTIONS');
  });

  it('leaves out catch-all routes, which have every path', () => {
    const methods = table(['GET', '/*', { catchAll: true }], ['GET', '/', { catchAll: true }]);
    expect(methods.allowAt('POST', '/')).toBeUndefined();
    expect(methods.allowAt('POST', '/about')).toBeUndefined();
  });

  it('counts a path and method added twice (under other constraints) once', () => {
    const methods = table(['GET', '/api/x'], ['GET', '/api/x'], ['OPTIONS', '/api/x']);
    expect(methods.allowAt('POST', '/api/x')).toBe('GET, OPTIONS');
  });

  it('puts methods beyond the usual ones after them, alphabetically', () => {
    const methods = table(['SEARCH', '/api/x'], ['PROPFIND', '/api/x'], ['POST', '/api/x']);
    expect(methods.allowAt('GET', '/api/x')).toBe('POST, OPTIONS, PROPFIND, SEARCH');
  });
});
