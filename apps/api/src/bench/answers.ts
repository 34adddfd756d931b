import { NEW_REQUEST_ID } from '../common/http/request-id';

/** Headers whose value differs from one response to the next. */
const PER_RESPONSE_HEADERS = new Set(['date', 'x-request-id']);

/**
 * What two servers must agree on before they are compared: status, content type and
 * body; with `sameHeaders`, also every header but the date and the request id's value,
 * and that each answer carries a request id.
 */
export function describeAnswer(response: Response, body: string, sameHeaders: boolean): string {
  const answer = `${response.status} ${response.headers.get('content-type')} ${body}`;
  if (!sameHeaders) return answer;
  const headers = [...response.headers]
    .filter(([name]) => !PER_RESPONSE_HEADERS.has(name))
    .map(([name, value]) => `${name}: ${value}`)
    .sort();
  const requestId = NEW_REQUEST_ID.test(response.headers.get('x-request-id') ?? '')
    ? 'a request id'
    : 'no request id';
  return [answer, ...headers, requestId].join('\n  ');
}
