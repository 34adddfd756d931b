import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import type { TestApp } from './test-app';

export interface RawAnswer {
  /** Everything the server wrote before it closed the connection. */
  text: string;
  status: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: string;
}

/**
 * Writes bytes to the server as they are (for requests no HTTP client would send) and
 * reads until the server closes the connection.
 */
export async function sendRaw(t: TestApp, bytes: string | Buffer): Promise<RawAnswer> {
  const server = t.app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  // A reset after the answer arrived (the server closes while bytes are still coming)
  // changes nothing the tests look at.
  socket.on('error', () => {});
  socket.write(bytes);
  await once(socket, 'close');
  const text = Buffer.concat(chunks).toString('utf8');
  const [head = '', body = ''] = splitOnce(text, '\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const [name = '', value = ''] = splitOnce(line, ':');
    headers[name.trim().toLowerCase()] = value.trim();
  }
  return { text, status: Number(statusLine.split(' ')[1]), headers, body };
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}
