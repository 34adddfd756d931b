import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { apiPost, type PageCheck, pages, type World } from './pages';
import { apiHeaders, linkFromMail, seedMember, signIn } from './support';

const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};

/** Serious and critical violations on the page as it is now, in a readable list. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

async function visit(page: Page, world: World, check: PageCheck): Promise<void> {
  if (typeof check.path !== 'string') await renewToken(world);
  const path = typeof check.path === 'string' ? check.path : await check.path(world);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  // Loading states give way to content (or to an empty state) before the page is judged.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

// Each sweep visits every page in turn, so its time grows with the product, not a fixed minute.
test.describe.configure({ mode: 'serial', timeout: 60_000 + pages.length * 10_000 });

let world: World;
let email: string;
let signedInAt = 0;
const name = `Axel Sweep${Math.random().toString(36).slice(2, 6)}`;

/**
 * The sweeps together outlast an access token (15 minutes): the pages that arrange their data
 * through the API sign the sweep's member in again once the token is five minutes old.
 */
async function renewToken(sweep: World): Promise<void> {
  if (Date.now() - signedInAt < 5 * 60_000) return;
  sweep.headers = await apiHeaders(sweep.request, sweep.headers.Origin, email);
  signedInAt = Date.now();
}

test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const member = await seedMember(request, baseURL, name, { visibility: 'public' });
  email = member.email;
  signedInAt = Date.now();
  world = {
    request,
    headers: await apiHeaders(request, baseURL, email),
    handle: member.handle,
    organisationSlug: '',
    unsubscribePath: '',
  };
  const organisation = await apiPost<{ slug: string }>(world, '/api/organisations', {
    slug: `sweep-${Math.random().toString(36).slice(2, 8)}`,
    name: 'Sweep Civic Lab',
    kind: 'cso',
    country: 'BE',
    visibility: 'public',
  });
  world.organisationSlug = organisation.slug;
  world.unsubscribePath = await unsubscribeLink(world, email);
});

/**
 * The unsubscribe link of a mail about a new follower, which the sweep's member asks to be
 * mailed at once. Made before any page is open: someone online is mailed only later.
 */
async function unsubscribeLink(sweep: World, sweepEmail: string): Promise<string> {
  const changed = await sweep.request.patch('/api/me/notification-preferences', {
    data: { channels: { new_follower: 'email' } },
    headers: sweep.headers,
  });
  expect(changed.ok()).toBe(true);
  const origin = sweep.headers.Origin ?? '';
  const follower = await seedMember(sweep.request, origin, 'Ulla Unsubscribe', { visibility: 'public' });
  await apiPost(
    { ...sweep, headers: await apiHeaders(sweep.request, origin, follower.email) },
    '/api/follows',
    {
      type: 'profile',
      target: sweep.handle,
    },
  );
  return linkFromMail(sweep.request, sweepEmail, '/unsubscribe');
}

for (const [device, viewport] of Object.entries(viewports)) {
  test(`every page signed out has no serious or critical violations (${device})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const found: string[] = [];
    for (const check of pages.filter((candidate) => !candidate.signedInOnly)) {
      await visit(page, world, check);
      found.push(...(await seriousViolations(page)).map((violation) => `${check.name}: ${violation}`));
    }
    expect(found).toEqual([]);
  });

  test(`every page signed in has no serious or critical violations (${device})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signIn(page, email, name);
    const found: string[] = [];
    for (const check of pages) {
      await visit(page, world, check);
      found.push(...(await seriousViolations(page)).map((violation) => `${check.name}: ${violation}`));
    }
    expect(found).toEqual([]);
  });
}
