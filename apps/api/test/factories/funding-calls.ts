import type { CreateFundingCallRequest } from '@open-spaces/contracts';
import type { TestApp } from '../setup/test-app';

/** A call input with a deadline a year ahead; override what the test is about. */
export function newFundingCallInput(
  organisation: string,
  overrides: Partial<CreateFundingCallRequest> = {},
): CreateFundingCallRequest {
  const nextYear = new Date().getUTCFullYear() + 1;
  return {
    organisation,
    title: 'Civic Resilience Fund 2027',
    summary: 'Grants for civil-society organisations that defend civic space.',
    description: 'Apply with a **short** concept note.',
    applyUrl: 'https://funder.example.org/apply',
    currency: 'EUR',
    totalBudget: 2_000_000,
    minGrant: 20_000,
    maxGrant: 150_000,
    deadlineModel: 'single_stage',
    deadlines: [{ label: 'Deadline', local: `${nextYear}-03-01T00:00`, timeZone: 'Europe/Brussels' }],
    eligibleCountries: ['EU27'],
    eligibleKinds: ['cso'],
    topics: ['climate-and-environment'],
    ...overrides,
  };
}

/** Publishes a call through the API as `auth` and returns its id. */
export async function publishFundingCall(
  t: TestApp,
  auth: Record<string, string>,
  organisation: string,
  overrides: Partial<CreateFundingCallRequest> = {},
): Promise<string> {
  const response = await t
    .http()
    .post('/api/funding-calls')
    .set(auth)
    .send(newFundingCallInput(organisation, overrides));
  if (response.status !== 201) throw new Error(`publishing failed: ${JSON.stringify(response.body)}`);
  return response.body.id;
}
