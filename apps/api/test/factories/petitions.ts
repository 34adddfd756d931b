import type { CreatePetitionRequest } from '@open-spaces/contracts';
import type { TestApp } from '../setup/test-app';

/** A valid petition with its deadline a month ahead; override any field. */
export function newPetitionInput(overrides: Partial<CreatePetitionRequest> = {}): CreatePetitionRequest {
  return {
    title: 'Keep the Lisbon community centres open',
    text: 'The city plans to close **three** community centres.\n\nWe ask the council to keep them open.',
    addressee: 'Lisbon City Council',
    goal: 100,
    deadline: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
    topics: ['human-rights'],
    countries: ['PT'],
    language: 'en',
    ...overrides,
  };
}

/** A petition started through the API by the signed-in person with these headers; opened unless `draft`. */
export async function startPetition(
  t: TestApp,
  auth: Record<string, string>,
  overrides: Partial<CreatePetitionRequest> = {},
  draft = false,
): Promise<{ id: string }> {
  const response = await t.http().post('/api/petitions').set(auth).send(newPetitionInput(overrides));
  if (response.status !== 201) throw new Error(`petition not created: ${JSON.stringify(response.body)}`);
  const id: string = response.body.id;
  if (!draft) await t.http().post(`/api/petitions/${id}/open`).set(auth).expect(200);
  return { id };
}
