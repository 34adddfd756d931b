import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { type AddressInfo, connect } from 'node:net';
import { join } from 'node:path';
import sharp from 'sharp';
import type { AppConfig } from '../../src/config/config';
import { APP_CONFIG } from '../../src/config/config.module';
import { MANY_SIGN_INS, type Person, signedInPerson } from '../factories/profiles';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';

const image = (format: 'png' | 'jpeg' | 'webp', width = 640, height = 480) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 90 } } })
    .toFormat(format)
    .toBuffer();

describe('avatars', () => {
  let t: TestApp;
  let mediaDir: string;
  let me: Person;
  beforeAll(async () => {
    t = await startTestApp(MANY_SIGN_INS);
    mediaDir = join(t.app.get<AppConfig>(APP_CONFIG).dataDir, 'media');
    me = await signedInPerson(t, { visibility: 'public' });
  });
  afterAll(() => t.close());

  const storedFiles = () =>
    existsSync(join(mediaDir, 'avatars')) ? readdirSync(join(mediaDir, 'avatars')).sort() : [];
  const upload = (person: Person, data: Buffer, filename: string, field = 'file') =>
    t.http().post('/api/me/avatar').set(person.auth).attach(field, data, filename);

  it.each(['png', 'jpeg', 'webp'] as const)(
    'accepts a %s image and serves it square in both sizes with long cache headers',
    async (format) => {
      const person = await signedInPerson(t);
      const response = await upload(person, await image(format), `photo.${format}`).expect(200);
      const { avatar } = response.body;
      expect(avatar).toEqual({
        small: expect.stringMatching(/^\/media\/avatars\/.+-small\.webp$/),
        large: expect.stringMatching(/^\/media\/avatars\/.+-large\.webp$/),
      });
      for (const [url, size] of [
        [avatar.small, 96],
        [avatar.large, 400],
      ] as const) {
        const served = await t.http().get(url).buffer(true).expect(200);
        expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        const metadata = await sharp(served.body as Buffer).metadata();
        expect({ format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({
          format: 'webp',
          width: size,
          height: size,
        });
      }
      expect((await t.http().get('/api/me/profile').set(person.auth)).body.avatar).toEqual(avatar);
    },
  );

  it('replaces the previous avatar and removes its files', async () => {
    const first = (await upload(me, await image('png'), 'a.png').expect(200)).body.avatar;
    const second = (await upload(me, await image('jpeg'), 'b.jpg').expect(200)).body.avatar;
    expect(second.large).not.toBe(first.large);
    await t.http().get(first.large).expect(404);
    await t.http().get(second.large).expect(200);
    expect((await t.http().get(`/api/profiles/${me.handle}`)).body.avatar).toEqual(second);
  });

  it('removes the avatar and its files', async () => {
    const person = await signedInPerson(t);
    const { avatar } = (await upload(person, await image('webp'), 'c.webp').expect(200)).body;
    await t.http().delete('/api/me/avatar').set(person.auth).expect(204);
    await t.http().get(avatar.small).expect(404);
    await t.http().get(avatar.large).expect(404);
    expect((await t.http().get('/api/me/profile').set(person.auth)).body.avatar).toBeNull();
  });

  it('refuses a text file named .png and stores nothing', async () => {
    const before = storedFiles();
    const response = await upload(me, Buffer.from('just some words, not an image'), 'photo.png');
    expect(expectProblem(response, 400, 'image_invalid').errors?.[0]?.field).toBe('file');
    expect(storedFiles()).toEqual(before);
  });

  it('refuses an image format other than PNG, JPEG or WebP', async () => {
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    expectProblem(await upload(me, gif, 'photo.png'), 400, 'image_invalid');
  });

  it('refuses an upload over 5 MB with 413 and stores nothing', async () => {
    const before = storedFiles();
    const big = Buffer.concat([await image('png'), Buffer.alloc(5 * 1024 * 1024 + 10, 7)]);
    expectProblem(await upload(me, big, 'huge.png'), 413, 'image_too_large');
    expect(storedFiles()).toEqual(before);
  });

  it('refuses a request without a file in the field `file`', async () => {
    expectProblem(await upload(me, await image('png'), 'photo.png', 'picture'), 400, 'image_invalid');
    expectProblem(
      await t.http().post('/api/me/avatar').set(me.auth).send({ file: 'x' }),
      400,
      'image_invalid',
    );
  });

  it('refuses a multipart body that is cut off or has no boundary, and stores nothing', async () => {
    const before = storedFiles();
    const png = await image('png');
    const head = Buffer.from(
      '--cut\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n',
    );
    const cutOff = Buffer.concat([head, png.subarray(0, 200)]);
    for (const [contentType, body] of [
      ['multipart/form-data; boundary=cut', cutOff],
      ['multipart/form-data', Buffer.concat([head, png, Buffer.from('\r\n--cut--\r\n')])],
    ] as const) {
      const response = await t
        .http()
        .post('/api/me/avatar')
        .set(me.auth)
        .set('content-type', contentType)
        .send(body);
      expectProblem(response, 400, 'image_invalid');
    }
    expect(storedFiles()).toEqual(before);
  });

  it('stores nothing and keeps serving when a client goes away mid-upload', async () => {
    const before = storedFiles();
    const server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const png = await image('png');
    const head = `--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`;
    const headers = [
      'POST /api/me/avatar HTTP/1.1',
      'Host: localhost',
      ...Object.entries(me.auth).map(([name, value]) => `${name}: ${value}`),
      'Content-Type: multipart/form-data; boundary=b',
      `Content-Length: ${head.length + png.length + 100}`,
    ];
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write(`${headers.join('\r\n')}\r\n\r\n${head}`);
    socket.write(png.subarray(0, 100));
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(storedFiles()).toEqual(before);
    await upload(me, await image('png'), 'after.png').expect(200);
  });

  it('takes the first file when a form carries two', async () => {
    const person = await signedInPerson(t);
    const response = await t
      .http()
      .post('/api/me/avatar')
      .set(person.auth)
      .attach('file', await image('png'), 'first.png')
      .attach('file', Buffer.from('not an image'), 'second.png')
      .expect(200);
    expect(response.body.avatar.large).toMatch(/-large\.webp$/);
  });

  it('refuses anonymous uploads', async () => {
    expectProblem(
      await t
        .http()
        .post('/api/me/avatar')
        .attach('file', await image('png'), 'a.png'),
      401,
      'unauthenticated',
    );
    expectProblem(await t.http().delete('/api/me/avatar'), 401, 'unauthenticated');
  });
});
