import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { PinoNestLogger } from './pino-nest-logger';

function logger(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { nest: new PinoNestLogger(Fastify({ logger: { level, stream } }).log), lines };
}

describe('PinoNestLogger', () => {
  it("prints our services' lines at info, so the console shows a mail and its link", () => {
    const { nest, lines } = logger('info');
    nest.log('Mail to a@example.org: "Confirm" http://localhost:3000/verify-email?token=t', 'Mail');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        context: 'Mail',
        msg: expect.stringContaining('verify-email?token=t'),
      }),
    ]);
  });

  it("keeps Nest's own start-up chatter at debug", () => {
    const quiet = logger('info');
    quiet.nest.log('AppModule dependencies initialized', 'InstanceLoader');
    quiet.nest.log('Mapped {/api/health, GET} route', 'RouterExplorer');
    expect(quiet.lines).toEqual([]);
    const chatty = logger('debug');
    chatty.nest.log('Mapped {/api/health, GET} route', 'RouterExplorer');
    expect(chatty.lines).toEqual([expect.objectContaining({ level: 20, context: 'RouterExplorer' })]);
  });

  it('passes warnings and errors through with their context and trace', () => {
    const { nest, lines } = logger('info');
    nest.warn('database unavailable', 'Errors');
    nest.error('failed', 'Error: x\n    at y', 'Errors');
    expect(lines).toEqual([
      expect.objectContaining({ level: 40, context: 'Errors', msg: 'database unavailable' }),
      expect.objectContaining({ level: 50, context: 'Errors', trace: 'Error: x\n    at y', msg: 'failed' }),
    ]);
  });
});
