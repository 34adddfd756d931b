import { AuthResult } from '@open-spaces/contracts';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { PASSWORD, seedMember, signIn } from './support';

test('the last place goes to one member, a second waits and is promoted when the first cancels, and the event reaches her calendar feed', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const run = Math.random().toString(36).slice(2, 7);
  const organiser = await seedMember(request, baseURL, `Olga Organiser ${run}`, { visibility: 'public' });
  const first = `Ana Alves ${run}`;
  const second = `Bea Berg ${run}`;
  const ana = await seedMember(request, baseURL, first, { visibility: 'public' });
  const bea = await seedMember(request, baseURL, second, { visibility: 'public' });
  const title = `Campaign clinic ${run}`;

  // The organiser publishes an event with one place.
  const headers = { Origin: baseURL ?? '' };
  const login = await request.post('/api/auth/login', {
    data: { email: organiser.email, password: PASSWORD },
    headers,
  });
  const { accessToken } = AuthResult.parse(await login.json());
  const created = await request.post('/api/events', {
    headers: { ...headers, Authorization: `Bearer ${accessToken}` },
    data: {
      title,
      timeZone: 'Europe/Lisbon',
      start: '2030-06-12T18:30',
      end: '2030-06-12T20:30',
      format: 'in_person',
      venue: { name: 'Casa Comum', address: 'Rua das Flores 12', city: 'Lisbon', country: 'PT' },
      language: 'pt',
      capacity: 1,
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  // Ana finds it in the directory and takes the last place.
  await signIn(page, ana.email, first, '/events');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/\(Europe\/Lisbon, .+ your time\)/).first()).toBeVisible();
  await page.getByRole('button', { name: 'I’m going' }).click();
  await expect(page.getByText('You are going.')).toBeVisible();

  // Bea finds it full and joins the waitlist.
  const beaContext = await browser.newContext();
  const beaPage = await beaContext.newPage();
  await signIn(beaPage, bea.email, second, `/events/${id}`);
  await expect(beaPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await beaPage.getByRole('button', { name: 'Join the waitlist' }).click();
  await expect(beaPage.getByText('You are number 1 on the waitlist.')).toBeVisible();

  // Ana cancels; Bea has the place.
  await page.getByRole('button', { name: 'Cancel my answer' }).click();
  // The place went straight to Bea, so the event is full again for Ana.
  await expect(page.getByRole('button', { name: 'Join the waitlist' })).toBeVisible();
  // Bea's page, open all along, shows it without a reload (live channel).
  await expect(beaPage.getByText('You are going.')).toBeVisible();

  // Bea subscribes to her calendar; the feed holds the event.
  await beaPage.goto('/account');
  await beaPage.getByRole('button', { name: 'Create subscription address' }).click();
  const address = await beaPage.getByLabel('Subscription address').inputValue();
  const feed = await request.get(new URL(address).pathname);
  expect(feed.ok()).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events.map((event) => event.getFirstPropertyValue('summary'))).toEqual([title]);
  expect(events[0]?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Lisbon');
  await beaContext.close();
});

test('an editor organises an event as her organisation from the editor, and editing it shows the organisation', async ({
  page,
  request,
  baseURL,
}) => {
  const run = Math.random().toString(36).slice(2, 7);
  const name = `Rita Reis ${run}`;
  const editor = await seedMember(request, baseURL, name, { visibility: 'public' });
  const organisation = `Lisbon Commons ${run}`;
  const slug = `lisbon-commons-${run}`;
  const title = `Neighbourhood assembly ${run}`;

  // Her organisation, made through the API.
  const headers = { Origin: baseURL ?? '' };
  const login = await request.post('/api/auth/login', {
    data: { email: editor.email, password: PASSWORD },
    headers,
  });
  const { accessToken } = AuthResult.parse(await login.json());
  const created = await request.post('/api/organisations', {
    data: { slug, name: organisation, kind: 'cso', country: 'PT', visibility: 'public' },
    headers: { ...headers, Authorization: `Bearer ${accessToken}` },
  });
  expect(created.status()).toBe(201);

  // She picks the organisation in the editor and publishes.
  await signIn(page, editor.email, name, '/events/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Publish an event' })).toBeVisible();
  await page.getByLabel('Organise as').selectOption(slug);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Starts').fill('2030-09-03T18:00');
  await page.getByLabel('Ends').fill('2030-09-03T20:00');
  await page.getByLabel('Venue').fill('Casa Comum');
  await page.getByLabel('Address').fill('Rua das Flores 12');
  await page.getByLabel('City').fill('Lisbon');
  await page.getByLabel('Country').selectOption('PT');
  await page.getByRole('main').getByLabel('Language').selectOption('pt');
  await page.getByRole('radio', { name: 'Members of the organisation' }).check();
  await page.getByRole('button', { name: 'Publish' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: organisation })).toBeVisible();

  // The edit page shows the organisation it is organised as.
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit the event' })).toBeVisible();
  await expect(page.getByLabel('Organise as')).toHaveValue(slug);
  await expect(page.getByLabel('Organise as')).toBeDisabled();
});
