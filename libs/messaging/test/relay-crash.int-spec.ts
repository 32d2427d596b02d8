import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { expectEventually } from '@yhdessa/testing';
import { OutboxRelay } from '../src/relay/outbox-relay.js';
import { newCaseIds, openCases } from './fixtures/case-opened.js';
import { startMessagingPair, type MessagingPair } from './fixtures/messaging-pair.js';

const relayScript = resolve('dist/libs/messaging/test/fixtures/relay-process.js');

function startRelay(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [relayScript], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Resolves when the child has printed `line` `times` times (counting from now). */
function printed(child: ChildProcess, line: string, times = 1): Promise<void> {
  return new Promise((done, fail) => {
    let seen = 0;
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk
        .toString()
        .split('\n')
        .filter((printedLine) => printedLine === line).length;
      if (seen >= times) done();
    });
    child.once('exit', (code) => fail(new Error(`relay exited (${code}) before printing ${line}`)));
  });
}

describe('outbox relay killed mid-batch', () => {
  let pair: MessagingPair;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    pair = await startMessagingPair();
    await pair.producer.app.get(OutboxRelay).stop(); // the relay under test runs in a child process
  }, 90_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await pair?.close();
  });

  it('loses nothing and duplicates nothing in effect when restarted', async () => {
    const caseIds = newCaseIds(2_000);
    for (let start = 0; start < caseIds.length; start += 500) {
      await openCases(pair.producer.dataSource, pair.publisher, caseIds.slice(start, start + 500));
    }
    const duplicatesBefore = pair.inbox.stats.duplicate;
    const unpublished = async (): Promise<number> => {
      const [{ n }] = await pair.producer.dataSource.query(
        'SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL AND message_key = ANY($1)',
        [caseIds],
      );
      return n;
    };

    // First relay: batches of 100; killed with SIGKILL right after its second batch reached Kafka,
    // before it could mark that batch as sent.
    const first = startRelay({
      RELAY_DATABASE: 'yhdessa_test_publisher',
      RELAY_BATCH_SIZE: '100',
      RELAY_PAUSE_AFTER_SEND_MS: '5000',
    });
    children.push(first);
    await printed(first, 'SENT', 2);
    first.kill('SIGKILL');
    await once(first, 'exit');
    expect(await unpublished()).toBe(1_900); // batch 1 marked; batch 2 sent but not marked

    // Second relay: sends batch 2 again, then the rest.
    const second = startRelay({ RELAY_DATABASE: 'yhdessa_test_publisher' });
    children.push(second);
    await expectEventually(async () => expect(await unpublished()).toBe(0), 60_000, 200);

    const effects = await expectEventually(
      async () => {
        const seen = await pair.effectsFor(caseIds);
        expect(seen.size).toBe(2_000);
        return seen;
      },
      60_000,
      200,
    );
    expect([...effects.values()].filter((count) => count !== 1)).toEqual([]);
    // Kafka really did carry batch 2 twice; the inbox absorbed every copy.
    await expectEventually(() => expect(pair.inbox.stats.duplicate - duplicatesBefore).toBeGreaterThanOrEqual(100), 30_000);
    second.kill('SIGTERM');
    await once(second, 'exit');
    expect(second.exitCode).toBe(0);
  }, 180_000);
});
