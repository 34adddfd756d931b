import type { Response } from 'supertest';

/**
 * Asserts an RFC 9457 problem response with the given status and code, and that no
 * stack trace or internal detail leaks into it. Returns the body for further checks.
 */
export function expectProblem(response: Response, status: number, code: string): ProblemBody {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toContain('application/problem+json');
  const body = response.body as ProblemBody;
  expect(body).toEqual(
    expect.objectContaining({
      type: expect.stringMatching(/^https:\/\//),
      title: expect.any(String),
      status,
      detail: expect.any(String),
      code,
    }),
  );
  expect(JSON.stringify(body)).not.toMatch(/"stack"|\bat .+\.[jt]s:\d+/);
  return body;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: { field: string; message: string; code: string }[];
}
