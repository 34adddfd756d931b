import { createOrganisation, handleOf } from '../factories/organisations';
import {
  bearer,
  login,
  mailsTo,
  newUserInput,
  registerUser,
  registerVerifiedUser,
  requestPasswordReset,
  type TestUser,
} from '../factories/users';
import { jobsSettled } from '../setup/jobs';
import { expectProblem } from '../setup/problems';
import { startTestApp, type TestApp } from '../setup/test-app';
import { waitFor } from '../setup/wait-for';

describe('the language of an account’s mails', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000', RESET_LIMIT_PER_IP: '1000' });
  });
  afterAll(() => t.close());

  /** The newest mail to the address, waiting for one; sign-up mails after its answer. */
  async function newestMailTo(email: string) {
    await waitFor(async () => (await mailsTo(t, email)).length > 0, `a mail to ${email}`);
    const [mail] = await mailsTo(t, email);
    if (!mail) throw new Error(`no mail was sent to ${email}`);
    return mail;
  }

  async function localeOf(email: string) {
    const [row] = await t.sql<{ locale: string }>('SELECT locale FROM users WHERE email = $1', [email]);
    return row?.locale;
  }

  async function signIn(user: TestUser) {
    return bearer((await login(t, user)).accessToken);
  }

  describe('at registration', () => {
    it('mails the verification link in German to someone who registers in German', async () => {
      const input = newUserInput({ displayName: 'Jonas Berg', locale: 'de' });
      await t.http().post('/api/auth/register').send(input).expect(202);
      const mail = await newestMailTo(input.email);
      expect(await localeOf(input.email)).toBe('de');
      expect(mail.subject).toBe('Bestätige deine E-Mail-Adresse für Open Spaces');
      expect(mail.text.split('\n')[0]).toBe('Hallo Jonas Berg,');
      expect(mail.text).toContain('48 Stunden gültig');
    });

    it('takes the best match of Accept-Language when the request names no language', async () => {
      const input = newUserInput({ displayName: 'Claire Martin' });
      await t
        .http()
        .post('/api/auth/register')
        .set('Accept-Language', 'pl-PL, fr-CH;q=0.9, de;q=0.8')
        .send(input)
        .expect(202);
      expect((await newestMailTo(input.email)).subject).toBe(
        'Confirmez votre adresse e-mail pour Open Spaces',
      );
      expect(await localeOf(input.email)).toBe('fr');
    });

    it('prefers the language in the request to Accept-Language', async () => {
      const input = newUserInput({ locale: 'de' });
      await t.http().post('/api/auth/register').set('Accept-Language', 'fr').send(input).expect(202);
      expect((await newestMailTo(input.email)).subject).toMatch(/^Bestätige/);
    });

    it('writes in English without a language or a header it can match', async () => {
      const input = newUserInput();
      await t
        .http()
        .post('/api/auth/register')
        .set('Accept-Language', 'pl, es;q=0.5')
        .send(input)
        .expect(202);
      expect((await newestMailTo(input.email)).subject).toBe('Confirm your email address for Open Spaces');
      expect(await localeOf(input.email)).toBe('en');
    });

    it('refuses a language the product does not speak as validation_failed, and creates nothing', async () => {
      const input = { ...newUserInput(), locale: 'pl' };
      const body = expectProblem(
        await t.http().post('/api/auth/register').send(input),
        400,
        'validation_failed',
      );
      expect(body.errors).toEqual([expect.objectContaining({ field: 'locale' })]);
      expect(await t.sql('SELECT 1 FROM users WHERE email = $1', [input.email])).toEqual([]);
    });
  });

  describe('PATCH /api/me', () => {
    it('changes the language, shows it in GET /api/me, and the next reset mail follows it', async () => {
      const user = await registerVerifiedUser(t, { displayName: 'Ana Ionescu' });
      const auth = await signIn(user);
      const changed = await t.http().patch('/api/me').set(auth).send({ locale: 'fr' }).expect(200);
      expect(changed.body).toEqual(expect.objectContaining({ id: user.id, locale: 'fr' }));
      expect((await t.http().get('/api/me').set(auth).expect(200)).body.locale).toBe('fr');

      await requestPasswordReset(t, user.email);
      const mail = await newestMailTo(user.email);
      expect(mail.subject).toBe('Réinitialisez votre mot de passe Open Spaces');
      expect(mail.text.split('\n')[0]).toBe('Bonjour Ana Ionescu,');
    });

    it('sends a new verification link in the language chosen after registering', async () => {
      const user = await registerUser(t, { locale: 'en' });
      const auth = await signIn(user);
      await t.http().patch('/api/me').set(auth).send({ locale: 'de' }).expect(200);
      await t.http().post('/api/auth/resend-verification').set(auth).expect(202);
      const subjects = (await mailsTo(t, user.email)).map((mail) => mail.subject);
      expect(subjects).toEqual([
        'Bestätige deine E-Mail-Adresse für Open Spaces',
        'Confirm your email address for Open Spaces',
      ]);
    });

    it('refuses a visitor without a token, and changes nothing', async () => {
      const user = await registerUser(t, { locale: 'en' });
      expectProblem(await t.http().patch('/api/me').send({ locale: 'de' }), 401, 'unauthenticated');
      const [row] = await t.sql<{ locale: string }>('SELECT locale FROM users WHERE id = $1', [user.id]);
      expect(row?.locale).toBe('en');
    });

    it('cannot change someone else’s language: naming another account is refused', async () => {
      const owner = await registerUser(t, { locale: 'en' });
      const other = await registerUser(t, { locale: 'en' });
      const otherAuth = await signIn(other);
      for (const body of [
        { locale: 'de', id: owner.id },
        { locale: 'de', userId: owner.id },
        { locale: 'de', email: owner.email },
      ]) {
        expectProblem(await t.http().patch('/api/me').set(otherAuth).send(body), 400, 'validation_failed');
      }
      // Their own change touches only their own account.
      await t.http().patch('/api/me').set(otherAuth).send({ locale: 'de' }).expect(200);
      const rows = await t.sql<{ id: string; locale: string }>(
        'SELECT id, locale FROM users WHERE id = ANY($1) ORDER BY id = $2 DESC',
        [[owner.id, other.id], owner.id],
      );
      expect(rows).toEqual([
        { id: owner.id, locale: 'en' },
        { id: other.id, locale: 'de' },
      ]);
      expect(
        (
          await t
            .http()
            .get('/api/me')
            .set(await signIn(owner))
            .expect(200)
        ).body.locale,
      ).toBe('en');
    });

    it.each([
      ['a language the product does not speak', { locale: 'es' }],
      ['a region instead of a language', { locale: 'de-DE' }],
      ['a language in capitals', { locale: 'DE' }],
      ['no language', {}],
      ['a number', { locale: 7 }],
      ['null', { locale: null }],
    ])('refuses %s as validation_failed, naming the field', async (_case, body) => {
      const user = await registerUser(t);
      const response = await t
        .http()
        .patch('/api/me')
        .set(await signIn(user))
        .send(body);
      const problem = expectProblem(response, 400, 'validation_failed');
      expect(problem.errors).toEqual([expect.objectContaining({ field: 'locale' })]);
    });
  });

  describe('invitations', () => {
    async function inviter(locale: 'en' | 'de' | 'fr') {
      const user = await registerVerifiedUser(t, { displayName: 'Ana Popescu', locale });
      const { accessToken } = await login(t, user);
      return {
        ...user,
        accessToken,
        org: await createOrganisation(t, accessToken, { name: 'Green Commons' }),
      };
    }

    it('writes to an invited account in its own language, greeting it by name', async () => {
      const owner = await inviter('en');
      const invitee = await registerVerifiedUser(t, { displayName: 'Jonas Berg', locale: 'de' });
      await t
        .http()
        .post(`/api/organisations/${owner.org.slug}/invitations`)
        .set(bearer(owner.accessToken))
        .send({ handle: await handleOf(t, invitee), role: 'editor' })
        .expect(201);
      // An account is told through its notification, mailed by a job.
      await jobsSettled(t);
      const mail = await newestMailTo(invitee.email);
      expect(mail.subject).toBe(
        'Open Spaces: Ana Popescu hat dich eingeladen, Green Commons als Redakteur*in beizutreten.',
      );
      expect(mail.text.split('\n')[0]).toBe('Hallo Jonas Berg,');
    });

    it('writes to an address without an account in the inviter’s language', async () => {
      const owner = await inviter('fr');
      const email = `nouvelle-${Date.now()}@example.org`;
      await t
        .http()
        .post(`/api/organisations/${owner.org.slug}/invitations`)
        .set(bearer(owner.accessToken))
        .send({ email, role: 'member' })
        .expect(201);
      const mail = await newestMailTo(email);
      expect(mail.subject).toBe('Vous êtes invité·e à rejoindre Green Commons sur Open Spaces');
      expect(mail.text.split('\n')[0]).toBe('Bonjour,');
    });
  });
});
