import { randomBytes } from 'node:crypto';
import type { ProposeToolRequest } from '@open-spaces/contracts';
import type { TestApp } from '../setup/test-app';
import { bearer } from './users';

export interface TestTool {
  id: string;
  slug: string;
}

export function newToolInput(overrides: Partial<ProposeToolRequest> = {}): ProposeToolRequest {
  return {
    name: 'Civic Pad',
    slug: `tool-${randomBytes(5).toString('hex')}`,
    website: 'https://pad.example.org',
    category: 'documents',
    priceModel: 'free',
    openSource: true,
    ...overrides,
  };
}

/** A tool proposed through the API by `proposerToken`'s account; approved when `approvedBy` is given. */
export async function proposeTool(
  t: TestApp,
  proposerToken: string,
  overrides: Partial<ProposeToolRequest> = {},
  approvedBy?: string,
): Promise<TestTool> {
  const response = await t
    .http()
    .post('/api/tools')
    .set(bearer(proposerToken))
    .send(newToolInput(overrides))
    .expect(201);
  const tool = { id: response.body.id as string, slug: response.body.slug as string };
  if (approvedBy) {
    await t
      .http()
      .post(`/api/tools/${tool.slug}/review`)
      .set(bearer(approvedBy))
      .send({ decision: 'approve' })
      .expect(200);
  }
  return tool;
}
