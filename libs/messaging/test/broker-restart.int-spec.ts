import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expectEventually } from '@yhdessa/testing';
import { newCaseIds, openCases } from './fixtures/case-opened.js';
import { startMessagingPair, type MessagingPair } from './fixtures/messaging-pair.js';

const run = promisify(execFile);

describe('Kafka broker restarted during a stream', () => {
  let pair: MessagingPair;

  beforeAll(async () => {
    pair = await startMessagingPair();
  }, 90_000);

  afterAll(async () => {
    await pair?.close();
  });

  it('loses nothing: every event committed before, during and after the outage takes effect once', async () => {
    const caseIds: string[] = [];
    let streaming = true;
    // ~100 events a second, committed through the outbox the whole time, broker up or down.
    const stream = (async () => {
      while (streaming) {
        const batch = newCaseIds(5);
        await openCases(pair.producer.dataSource, pair.publisher, batch);
        caseIds.push(...batch);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const beforeRestart = caseIds.length;
    await run('bash', ['infra/kafka.sh', 'restart'], { timeout: 150_000 });
    const duringRestart = caseIds.length - beforeRestart;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    streaming = false;
    await stream;

    expect(duringRestart).toBeGreaterThan(0); // events really were committed while the broker was down
    const effects = await expectEventually(
      async () => {
        const seen = await pair.effectsFor(caseIds);
        expect(seen.size).toBe(caseIds.length);
        return seen;
      },
      120_000,
      500,
    );
    expect([...effects.values()].filter((count) => count !== 1)).toEqual([]);
  }, 300_000);
});
