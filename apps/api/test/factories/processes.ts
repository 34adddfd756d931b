import type { CreateProcessRequest, PhaseInput } from '@open-spaces/contracts';
import type { TestApp } from '../setup/test-app';

const DAY = 24 * 60 * 60 * 1000;

/** An ISO instant `days` from now (negative for the past). */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString();
}

/** Phases around now: information that ended, then one phase on now enabling every action. */
export function openPhases(actions: PhaseInput['actions'] = ['propose', 'support', 'comment']): PhaseInput[] {
  return [
    { kind: 'information', startsAt: daysFromNow(-10), endsAt: daysFromNow(-5), actions: [] },
    { kind: 'ideas', startsAt: daysFromNow(-5), endsAt: daysFromNow(10), actions },
    { kind: 'evaluation', startsAt: daysFromNow(10), endsAt: daysFromNow(20), actions: [] },
  ];
}

export function newProcessInput(
  organisation: string,
  overrides: Partial<CreateProcessRequest> = {},
): CreateProcessRequest {
  return {
    organisation,
    title: 'How should our city spend its climate fund?',
    description: 'We collect **ideas** for the next two years.',
    topics: ['climate-and-environment'],
    scope: 'local',
    languages: ['en'],
    phases: openPhases(),
    ...overrides,
  };
}

/** A process opened through the API by an admin or owner of `organisation`; returns its id. */
export async function openProcess(
  t: TestApp,
  auth: Record<string, string>,
  organisation: string,
  overrides: Partial<CreateProcessRequest> = {},
): Promise<string> {
  const response = await t
    .http()
    .post('/api/processes')
    .set(auth)
    .send(newProcessInput(organisation, overrides))
    .expect(201);
  return response.body.id;
}
