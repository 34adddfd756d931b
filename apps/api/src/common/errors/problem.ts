import type { ErrorCode, FieldError, Problem } from '@open-spaces/contracts';

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** The answer to anything unexpected: no detail of it leaves the server, the log has it. */
export const INTERNAL_ERROR = {
  status: 500,
  code: 'internal_error',
  detail: 'Something went wrong on our side. It has been logged.',
} as const satisfies { status: number; code: ErrorCode; detail: string };

export function problem(input: {
  status: number;
  code: ErrorCode;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}): Problem {
  return {
    type: `https://open-spaces.eu/problems/${input.code.replaceAll('_', '-')}`,
    title: titles[input.status] ?? 'Error',
    status: input.status,
    detail: input.detail,
    code: input.code,
    ...(input.instance ? { instance: input.instance } : {}),
    ...(input.requestId ? { requestId: input.requestId } : {}),
    ...(input.errors ? { errors: input.errors } : {}),
  };
}
