import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RouteMethods } from '../../src/common/http/route-methods';
import { expectProblem } from '../setup/problems';
import { sendRaw } from '../setup/raw-http';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../setup/test-app';

describe('the HTTP surface: errors, headers and CORS', () => {
  let t: TestApp;
  /** A body sent as the given type, exactly as written. */
  const postAs = (path: string, contentType: string, body: string) =>
    t.http().post(path).set('Content-Type', contentType).send(body);
  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: '2048', CORS_ORIGINS: 'https://partner.example' });
  });
  afterAll(() => t.close());

  describe('errors', () => {
    it('answers an unknown route with a problem+json 404 that names it', async () => {
      const body = expectProblem(await t.http().get('/api/no-such-thing?x=1'), 404, 'not_found');
      expect(body.detail).toContain('/api/no-such-thing');
      expect(body.instance).toBe('/api/no-such-thing');
    });

    it('answers every unknown address under /api with the same 404 problem', async () => {
      for (const path of ['/api/nope', '/api/health/', '/api//health']) {
        const response = await t.http().get(path);
        const body = expectProblem(response, 404, 'not_found');
        expect(body).toMatchObject({ instance: path, detail: `There is nothing at GET ${path}.` });
        expect(body.requestId).toBe(response.headers['x-request-id']);
      }
    });

    it('answers malformed JSON with malformed_json', async () => {
      const response = await postAs(
        '/api/auth/login',
        'application/json',
        '{"email": "a@example.org", "password": ',
      );
      expectProblem(response, 400, 'malformed_json');
    });

    it('answers a body over BODY_LIMIT_BYTES with payload_too_large', async () => {
      const response = await t
        .http()
        .post('/api/auth/register')
        .send({ email: 'big@example.org', password: 'x'.repeat(4096), displayName: 'Big' });
      expectProblem(response, 413, 'payload_too_large');
    });

    it('answers a body of an unsupported media type with unsupported_media_type', async () => {
      const response = await postAs('/api/auth/login', 'application/xml', '<login email="a@example.org"/>');
      expectProblem(response, 415, 'unsupported_media_type');
    });

    it('refuses plain-text and form bodies as unsupported_media_type rather than reading them', async () => {
      const text = await postAs(
        '/api/auth/login',
        'text/plain',
        '{"email":"a@example.org","password":"whatever-password"}',
      );
      expectProblem(text, 415, 'unsupported_media_type');
      // A cross-site HTML form can post this without a preflight; it must not register anyone.
      const form = await postAs(
        '/api/auth/register',
        'application/x-www-form-urlencoded',
        'email=form%40example.org&password=correct+horse+battery+staple+9&displayName=Form',
      );
      expectProblem(form, 415, 'unsupported_media_type');
      expect(await t.sql("SELECT 1 FROM users WHERE email = 'form@example.org'")).toHaveLength(0);
      // Multipart is read by the upload routes only.
      const multipart = await t
        .http()
        .post('/api/auth/register')
        .field('email', 'multi@example.org')
        .field('password', 'correct horse battery staple 9')
        .field('displayName', 'Multi');
      expectProblem(multipart, 415, 'unsupported_media_type');
      // Where no route has the path, or not the method, the answer is still 404 or 405.
      const nowhere = await t.http().post('/api/nope').field('a', 'b');
      expectProblem(nowhere, 404, 'not_found');
      const wrongMethod = await t.http().put('/api/health').field('a', 'b');
      expectProblem(wrongMethod, 405, 'method_not_allowed');
    });

    it('refuses text the database cannot store, in a body, a query or a path, naming where', async () => {
      const body = expectProblem(
        await t.http().post('/api/auth/register').send({
          email: 'nul@example.org',
          password: 'correct horse battery staple 9',
          displayName: 'a\u0000b',
        }),
        400,
        'validation_failed',
      );
      expect(body.errors).toEqual([
        expect.objectContaining({ field: 'displayName', code: 'invalid_characters' }),
      ]);
      const broken = expectProblem(
        await postAs(
          '/api/auth/register',
          'application/json',
          '{"email":"lone@example.org","password":"correct horse battery staple 9","displayName":"x\\ud800"}',
        ),
        400,
        'validation_failed',
      );
      expect(broken.errors?.[0]).toMatchObject({ field: 'displayName', code: 'invalid_characters' });
      const query = expectProblem(await t.http().get('/api/profiles?q=ab%00cd'), 400, 'validation_failed');
      expect(query.errors?.[0]).toMatchObject({ field: 'q', code: 'invalid_characters' });
      const path = expectProblem(await t.http().get('/api/organisations/x%00y'), 400, 'validation_failed');
      expect(path.errors?.[0]).toMatchObject({ field: 'slug', code: 'invalid_characters' });
      expect(
        await t.sql("SELECT 1 FROM users WHERE email IN ('nul@example.org', 'lone@example.org')"),
      ).toHaveLength(0);
    });

    it('refuses a body that is not valid UTF-8 rather than storing U+FFFD in its place', async () => {
      // An HTTP client would re-encode the body, so the bytes go out as they are.
      const post = (body: Buffer) =>
        sendRaw(
          t,
          Buffer.concat([
            Buffer.from(
              `POST /api/auth/register HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
            ),
            body,
          ]),
        );
      const fields = (displayName: Buffer, email: string) =>
        Buffer.concat([
          Buffer.from(`{"email":"${email}","password":"correct horse battery staple 9","displayName":"`),
          displayName,
          Buffer.from('"}'),
        ]);
      const broken = await post(fields(Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'bytes@example.org'));
      expect(broken.status).toBe(400);
      expect(broken.headers['content-type']).toContain('application/problem+json');
      expect(JSON.parse(broken.body)).toMatchObject({
        code: 'malformed_json',
        detail: 'The request body is not valid UTF-8.',
      });
      expect(await t.sql("SELECT 1 FROM users WHERE email = 'bytes@example.org'")).toHaveLength(0);
      expect((await post(fields(Buffer.from('Café'), 'cafe@example.org'))).status).toBe(202);
    });

    it('lists each bad field once, with its first problem', async () => {
      const body = expectProblem(
        await t
          .http()
          .post('/api/auth/register')
          .send({ email: 123, password: ['x'], displayName: null }),
        400,
        'validation_failed',
      );
      expect(body.errors?.map((error) => error.field)).toEqual(['email', 'password', 'displayName']);
      expect(body.detail).toBe('The request is not valid: email, password, displayName.');
    });

    it('still takes any well-formed text, emoji included', async () => {
      await t
        .http()
        .post('/api/auth/register')
        .send({
          email: 'emoji@example.org',
          password: 'correct horse battery staple 9',
          displayName: 'Ana 👩🏽‍💻 مرحبا',
        })
        .expect(202);
    });

    it('refuses a hand-made page cursor the list did not write, as invalid_cursor', async () => {
      const handMade = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
      for (const url of [
        `/api/organisations?after=${handMade(['abc', 'not-a-uuid'])}`,
        `/api/profiles?after=${handMade(['a\u0000', '00000000-0000-4000-8000-000000000000'])}`,
      ]) {
        const body = expectProblem(await t.http().get(url), 400, 'validation_failed');
        expect(body.errors?.[0]).toMatchObject({ field: 'after', code: 'invalid_cursor' });
      }
    });

    it('refuses a JSON body that is not an object, or that tries to set __proto__ or constructor.prototype', async () => {
      for (const body of ['null', '"text"', '42']) {
        const response = await postAs('/api/auth/login', 'application/json', body);
        expectProblem(response, 400, 'validation_failed');
      }
      const polluted = await postAs(
        '/api/auth/login',
        'application/json',
        '{"email":"a@example.org","password":"x","__proto__":{"role":"admin"}}',
      );
      expect(polluted.status).toBe(400);
      expectProblem(polluted, 400, polluted.body.code);
      const constructed = await postAs(
        '/api/auth/login',
        'application/json',
        '{"email":"a@example.org","password":"x","constructor":{"prototype":{"role":"admin"}}}',
      );
      expectProblem(constructed, 400, 'malformed_json');
    });

    it('gives every error a type, title, status, detail, code and request id, and no stack', async () => {
      const responses = await Promise.all([
        t.http().get('/api/nothing-here'),
        t.http().get('/api/me'),
        t.http().post('/api/auth/login').send({}),
        postAs('/api/auth/login', 'application/json', '{'),
        t
          .http()
          .post('/api/auth/verify-email')
          .send({ token: 'q'.repeat(40) }),
        t
          .http()
          .post('/api/auth/login')
          .send({ email: 'x@example.org', password: 'y'.repeat(2100) }),
      ]);
      for (const response of responses) {
        const body = expectProblem(response, response.status, response.body.code);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(body.type).toBe(`https://open-spaces.eu/problems/${body.code.replaceAll('_', '-')}`);
        expect(body.requestId).toBe(response.headers['x-request-id']);
        expect(Object.keys(body)).not.toContain('stack');
      }
    });
  });

  describe('methods', () => {
    it('answers a wrong method on an existing route with 405 method_not_allowed and Allow', async () => {
      const response = await t.http().delete('/api/health?x=1').set('X-Request-Id', 'trace-405');
      const body = expectProblem(response, 405, 'method_not_allowed');
      expect(response.headers.allow).toBe('GET, HEAD, OPTIONS');
      expect(body).toMatchObject({
        title: 'Method Not Allowed',
        instance: '/api/health',
        requestId: 'trace-405',
        detail: 'DELETE is not allowed at /api/health; it allows GET, HEAD, OPTIONS.',
      });
      expect(response.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    });

    it('lists every method of a path with parameters, in the usual order', async () => {
      const organisation = await t.http().put('/api/organisations/any-slug').send({});
      expectProblem(organisation, 405, 'method_not_allowed');
      expect(organisation.headers.allow).toBe('GET, HEAD, PATCH, OPTIONS');
      const login = await t.http().get('/api/auth/login');
      expectProblem(login, 405, 'method_not_allowed');
      expect(login.headers.allow).toBe('POST, OPTIONS');
      const document = await t.http().post('/api/openapi.json').send({});
      expectProblem(document, 405, 'method_not_allowed');
      expect(document.headers.allow).toBe('GET, HEAD, OPTIONS');
    });

    it('answers 404 where no route has the path under any method', async () => {
      for (const path of ['/api/nope', '/api/health/', '/api//health', '/api/Health']) {
        const response = await t.http().post(path).send({});
        const body = expectProblem(response, 404, 'not_found');
        expect(body.instance).toBe(path);
        expect(response.headers.allow).toBeUndefined();
      }
      expectProblem(await t.http().options('/api/nope'), 404, 'not_found');
    });

    it('answers OPTIONS on an existing path with 204 and Allow', async () => {
      const response = await t.http().options('/api/me/avatar').expect(204);
      expect(response.headers.allow).toBe('POST, DELETE, OPTIONS');
      expect(response.text).toBe('');
      expect(response.headers['x-request-id']).toMatch(/^[\w-]{16}$/);
    });

    it('leaves preflights from allowed origins to CORS', async () => {
      const response = await t
        .http()
        .options('/api/health')
        .set('Origin', 'https://partner.example')
        .set('Access-Control-Request-Method', 'GET')
        .expect(204);
      expect(response.headers['access-control-allow-methods']).toBe('GET, POST, PATCH, PUT, DELETE, OPTIONS');
      expect(response.headers.allow).toBeUndefined();
    });

    it('consults the route table only for requests that match no route', async () => {
      const allowAt = jest.spyOn(RouteMethods.prototype, 'allowAt');
      try {
        await t.http().get('/api/health').expect(200);
        await t.http().post('/api/auth/login').send({}).expect(400);
        expect(allowAt).not.toHaveBeenCalled();
        await t.http().delete('/api/health').expect(405);
        expect(allowAt).toHaveBeenCalledTimes(1);
      } finally {
        allowAt.mockRestore();
      }
    });
  });

  describe('requests refused before routing', () => {
    const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    it('answers an address that is not valid URL encoding with bad_request, the headers and the request id', async () => {
      const response = await t
        .http()
        .get('/api/profiles/%C0%AF')
        .set('X-Request-Id', 'trace-bad-url')
        .set('Origin', 'https://partner.example');
      const body = expectProblem(response, 400, 'bad_request');
      expect(body.type).toBe('https://open-spaces.eu/problems/bad-request');
      expect(body.requestId).toBe('trace-bad-url');
      expect(response.headers['x-request-id']).toBe('trace-bad-url');
      expect(response.headers['content-security-policy']).toBe(API_POLICY);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['access-control-allow-origin']).toBe('https://partner.example');
      expect(JSON.stringify(body)).not.toMatch(/%C0|profiles/i);
    });

    it('answers a path segment over the router’s limit with uri_too_long, without echoing it', async () => {
      const segment = `<script>${'a'.repeat(300)}`;
      const response = await t.http().get(`/api/profiles/${segment}`);
      const body = expectProblem(response, 414, 'uri_too_long');
      expect(body.title).toBe('URI Too Long');
      expect(body.requestId).toBe(response.headers['x-request-id']);
      expect(response.headers['content-security-policy']).toBe(API_POLICY);
      expect(JSON.stringify(body)).not.toMatch(/script|aaaa|profiles/);
    });

    it('answers headers over the size limit with a complete headers_too_large answer, and closes', async () => {
      const answer = await sendRaw(
        t,
        `GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'x'.repeat(20_000)}\r\n\r\n`,
      );
      expect(answer.text).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.headers.connection).toBe('close');
      expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body));
      expect(answer.headers['content-security-policy']).toBe(API_POLICY);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      const body = JSON.parse(answer.body);
      expect(body).toEqual({
        type: 'https://open-spaces.eu/problems/headers-too-large',
        title: 'Request Header Fields Too Large',
        status: 431,
        detail: expect.any(String),
        code: 'headers_too_large',
        requestId: answer.headers['x-request-id'],
      });
      expect(body.requestId).toMatch(/^[\w-]{16}$/);
    });

    it('answers a request line that is not HTTP with bad_request, and keeps serving', async () => {
      for (const line of ['NOT A REQUEST', 'GET /api/health HTP/1.1', 'GET /api/<script> HTTP/1.1 extra']) {
        const answer = await sendRaw(t, `${line}\r\nHost: localhost\r\n\r\n`);
        expect(answer.text).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
        expect(answer.headers['content-type']).toContain('application/problem+json');
        expect(answer.headers.connection).toBe('close');
        const body = JSON.parse(answer.body);
        expect(body).toMatchObject({ status: 400, code: 'bad_request', title: 'Bad Request' });
        expect(answer.body).not.toMatch(/script|NOT A REQUEST|HTP/);
      }
      await t.http().get('/api/health').expect(200);
    });
  });

  describe('security headers', () => {
    it('sends a content security policy that allows nothing, and no-sniff, on API answers', async () => {
      const response = await t.http().get('/api/health').expect(200);
      expect(response.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['x-powered-by']).toBeUndefined();
      expect(response.headers['strict-transport-security']).toBeUndefined();
    });

    it('sends the same headers on errors', async () => {
      const response = await t.http().get('/api/me').expect(401);
      expect(response.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });

    it('gives pages the client policy: scripts and styles from our own origin only', async () => {
      const response = await t.http().get('/media/none.webp');
      const csp = response.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    });

    it('echoes a given X-Request-Id on answers and errors, and makes one up otherwise', async () => {
      const given = await t.http().get('/api/health').set('X-Request-Id', 'trace-abc.123').expect(200);
      expect(given.headers['x-request-id']).toBe('trace-abc.123');
      const error = await t.http().get('/api/me').set('X-Request-Id', 'trace-err-1');
      expect(error.headers['x-request-id']).toBe('trace-err-1');
      expect(error.body.requestId).toBe('trace-err-1');
      const none = await t.http().get('/api/health').expect(200);
      expect(none.headers['x-request-id']).toMatch(/^[\w-]{16}$/);
      const other = await t.http().get('/api/health').expect(200);
      expect(other.headers['x-request-id']).not.toBe(none.headers['x-request-id']);
    });

    it('replaces a request id that is not a short token instead of echoing it', async () => {
      const response = await t.http().get('/api/health').set('X-Request-Id', 'bad id <script>').expect(200);
      expect(response.headers['x-request-id']).toMatch(/^[\w-]{16}$/);
    });
  });

  describe('request hooks', () => {
    it('runs no middleware engine: every cross-cutting concern is a hook or a guard', () => {
      const fastify = t.app.getHttpAdapter().getInstance();
      expect(fastify.hasPlugin('@fastify/middie')).toBe(false);
      expect(fastify.hasPlugin('@fastify/cookie')).toBe(true);
    });
  });

  describe('CORS', () => {
    it('allows the app’s own origin and the configured partners, with credentials', async () => {
      for (const origin of [TEST_ORIGIN, 'https://partner.example']) {
        const response = await t.http().get('/api/health').set('Origin', origin).expect(200);
        expect(response.headers['access-control-allow-origin']).toBe(origin);
        expect(response.headers['access-control-allow-credentials']).toBe('true');
      }
    });

    it('answers a preflight from an allowed origin', async () => {
      const response = await t
        .http()
        .options('/api/auth/login')
        .set('Origin', TEST_ORIGIN)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'content-type');
      expect(response.status).toBeLessThan(300);
      expect(response.headers['access-control-allow-origin']).toBe(TEST_ORIGIN);
    });

    it('grants nothing to another origin', async () => {
      const simple = await t.http().get('/api/health').set('Origin', 'https://evil.example').expect(200);
      expect(simple.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await t
        .http()
        .options('/api/auth/login')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});

describe('the HTTP surface with the web client served', () => {
  let t: TestApp;
  beforeAll(async () => {
    const webDist = mkdtempSync(join(tmpdir(), 'open-spaces-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Open Spaces</title>');
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'assets', 'app-1a2b.js'), 'console.log(1);');
    t = await startTestApp({ WEB_DIST_DIR: webDist });
  });
  afterAll(() => t.close());

  it('serves the client’s pages and assets', async () => {
    const page = await t.http().get('/organisations/some-slug').expect(200);
    expect(page.text).toContain('<title>Open Spaces</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect((await t.http().get('/').expect(200)).headers['cache-control']).toBe('no-cache');
    const asset = await t.http().get('/assets/app-1a2b.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers unknown addresses under /api with the API’s 404 problem, not a page', async () => {
    for (const path of ['/api/nope', '/api/health/', '/api//health', '/api/profiles/someone/nope']) {
      const response = await t.http().get(path).set('X-Request-Id', 'trace-web-404');
      const body = expectProblem(response, 404, 'not_found');
      expect(body).toEqual({
        type: 'https://open-spaces.eu/problems/not-found',
        title: 'Not Found',
        status: 404,
        detail: `There is nothing at GET ${path}.`,
        code: 'not_found',
        instance: path,
        requestId: 'trace-web-404',
      });
      expect(response.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    }
    const bare = expectProblem(await t.http().get('/api?page=1'), 404, 'not_found');
    expect(bare.instance).toBe('/api');
  });

  it('answers a wrong method under /api as it does without the client', async () => {
    const login = await t.http().get('/api/auth/login');
    expectProblem(login, 405, 'method_not_allowed');
    expect(login.headers.allow).toBe('POST, OPTIONS');
    expect((await t.http().delete('/api/health')).headers.allow).toBe('GET, HEAD, OPTIONS');
    expect((await t.http().head('/api/nope')).status).toBe(404);
  });

  it('does not take the client’s pages for routes of every method', async () => {
    expectProblem(await t.http().post('/api/nope').send({}), 404, 'not_found');
    expectProblem(await t.http().post('/organisations/some-slug').send({}), 404, 'not_found');
    expectProblem(await t.http().options('/about'), 404, 'not_found');
  });
});
