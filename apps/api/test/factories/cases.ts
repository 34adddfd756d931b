import type { CaseRequest } from '@open-spaces/contracts';
import type { TestApp } from '../setup/test-app';
import { bearer } from './users';

export interface TestCase {
  id: string;
  title: string;
}

export function newCaseInput(overrides: Partial<CaseRequest> = {}): CaseRequest {
  return {
    title: 'Neighbourhood budget in Riverside',
    summary: 'Residents decided together how to spend part of the district budget on green spaces.',
    country: 'DE',
    scope: 'neighbourhood',
    startDate: '2024-03-01',
    endDate: '2024-09-30',
    iap2Level: 'empower',
    methods: ['participatory_budgeting'],
    format: 'hybrid',
    organisers: [{ name: 'Riverside District Office' }],
    language: 'en',
    ...overrides,
  };
}

/** A case submitted through the API by `submitterToken`'s account; published when `publishedBy` is given. */
export async function submitCase(
  t: TestApp,
  submitterToken: string,
  overrides: Partial<CaseRequest> = {},
  publishedBy?: string,
): Promise<TestCase> {
  const response = await t
    .http()
    .post('/api/cases')
    .set(bearer(submitterToken))
    .send(newCaseInput(overrides))
    .expect(201);
  const submitted = { id: response.body.id as string, title: response.body.title as string };
  if (publishedBy) {
    await t
      .http()
      .post(`/api/cases/${submitted.id}/review`)
      .set(bearer(publishedBy))
      .send({ decision: 'publish' })
      .expect(200);
  }
  return submitted;
}
