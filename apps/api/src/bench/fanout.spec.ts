import { BroadcastTimer, type FanoutTarget, measureFanout } from './fanout';

/** A target whose receivers all hear each broadcast at once, logging the rounds it runs. */
function instantTarget(label: string, count: number, log: string[]): FanoutTarget {
  const timer = new BroadcastTimer(count);
  return {
    label,
    timer,
    publish: async (round) => {
      log.push(`${round} ${label}`);
      for (let index = 0; index < count; index += 1) timer.received(index);
    },
    close: () => undefined,
  };
}

describe('measureFanout', () => {
  it('broadcasts once per target each round, alternating their order, the warm-up first', async () => {
    const log: string[] = [];
    const targets = ['API', 'floor', 'raw'].map((label) => instantTarget(label, 3, log));
    await measureFanout(targets, 2);
    expect(log).toEqual([
      '0 API',
      '0 floor',
      '0 raw',
      '1 raw',
      '1 floor',
      '1 API',
      '2 API',
      '2 floor',
      '2 raw',
    ]);
  });

  it('summarises each target in the order given, without the warm-up', async () => {
    const targets = [instantTarget('API', 4, []), instantTarget('raw', 2, [])];
    const summaries = await measureFanout(targets, 3);
    expect(summaries.map(({ label, sockets, received }) => ({ label, sockets, received }))).toEqual([
      { label: 'API', sockets: 4, received: 4 },
      { label: 'raw', sockets: 2, received: 2 },
    ]);
    for (const summary of summaries) {
      expect(summary.p50).toBeLessThanOrEqual(summary.p99);
      expect(summary.p99).toBeLessThanOrEqual(summary.max + 0.01);
      expect(summary.answeredMs).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('BroadcastTimer', () => {
  it('counts only the first message a receiver gets in a round, timed from the publish', async () => {
    const timer = new BroadcastTimer(2);
    const { round } = await timer.time(async () => {
      timer.received(0);
      await new Promise((resolve) => setTimeout(resolve, 30));
      timer.received(0);
      timer.received(1);
    });
    expect(round.times).toHaveLength(2);
    expect(round.times[0]).toBeLessThan(25);
    expect(round.times[1]).toBeGreaterThanOrEqual(25);
  });

  it('starts every round afresh', async () => {
    const timer = new BroadcastTimer(1);
    await timer.time(async () => timer.received(0));
    const { round } = await timer.time(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      timer.received(0);
    });
    expect(round.times[0]).toBeGreaterThanOrEqual(25);
  });
});
