import type { CreateEventRequest } from '@open-spaces/contracts';
import type { TestApp } from '../setup/test-app';

/** A valid in-person event next year in Lisbon; override any field. */
export function newEventInput(overrides: Partial<CreateEventRequest> = {}): CreateEventRequest {
  return {
    title: 'Community organising clinic',
    description: 'Bring **your** campaign questions.',
    timeZone: 'Europe/Lisbon',
    start: '2027-07-14T18:30',
    end: '2027-07-14T20:30',
    format: 'in_person',
    venue: { name: 'Casa Comum', address: 'Rua das Flores 12', city: 'Lisbon', country: 'PT' },
    topics: ['human-rights'],
    language: 'pt',
    ...overrides,
  };
}

/** An event published through the API by the signed-in person with these headers. */
export async function createEvent(
  t: TestApp,
  auth: Record<string, string>,
  overrides: Partial<CreateEventRequest> = {},
): Promise<{ id: string }> {
  const response = await t.http().post('/api/events').set(auth).send(newEventInput(overrides));
  if (response.status !== 201) throw new Error(`event not created: ${JSON.stringify(response.body)}`);
  return { id: response.body.id };
}
