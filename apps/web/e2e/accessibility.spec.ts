import AxeBuilder from '@axe-core/playwright';
import { AuthResult } from '@open-spaces/contracts';
import { expect, type Page, test } from '@playwright/test';
import { apiPost, type PageCheck, pages, type World } from './pages';
import { PASSWORD, seedMember, signIn } from './support';

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
  const path = typeof check.path === 'string' ? check.path : await check.path(world);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  // Loading states give way to content (or to an empty state) before the page is judged.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

// Each test sweeps every page in turn, so it takes longer than one journey.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

let world: World;
let email: string;
const name = `Axel Sweep${Math.random().toString(36).slice(2, 6)}`;

test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const member = await seedMember(request, baseURL, name, { visibility: 'public' });
  email = member.email;
  const headers: Record<string, string> = { Origin: baseURL ?? '' };
  const login = await request.post('/api/auth/login', { data: { email, password: PASSWORD }, headers });
  const { accessToken } = AuthResult.parse(await login.json());
  world = {
    request,
    headers: { ...headers, Authorization: `Bearer ${accessToken}` },
    handle: member.handle,
    organisationSlug: '',
  };
  const organisation = await apiPost<{ slug: string }>(world, '/api/organisations', {
    slug: `sweep-${Math.random().toString(36).slice(2, 8)}`,
    name: 'Sweep Civic Lab',
    kind: 'cso',
    country: 'BE',
    visibility: 'public',
  });
  world.organisationSlug = organisation.slug;
});

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
