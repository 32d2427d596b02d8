import { createThrowawayKafka, expectEventually, fetchToken, listedService, type ThrowawayKafka } from '@yhdessa/testing';
import { startServiceProcess, type StartedService } from './service-process.js';

const logLines = (service: StartedService): Array<Record<string, unknown>> =>
  service
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/**
 * case-coordination started before its Kafka (a throwaway broker of the test's own, on a port
 * nothing answers yet): it must not die, must say it is not ready and why, and must catch up by
 * itself once the broker comes.
 */
describe('a service started while Kafka is away', () => {
  let kafka: ThrowawayKafka;
  let service: StartedService | undefined;

  beforeAll(async () => {
    kafka = await createThrowawayKafka(); // its ports reserved; the broker is not started yet
  });

  afterAll(async () => {
    await service?.stop();
    await kafka?.destroy();
  }, 90_000);

  it('answers, not ready, tries again with a log line per attempt, and once Kafka is up becomes ready and consumes', async () => {
    service = await startServiceProcess(listedService('case-coordination'), 'yhdessa_test_kafka_away', {
      KAFKA_BROKERS: kafka.brokers.join(','),
      LOG_LEVEL: 'info',
    });
    await expectEventually(
      async () => expect((await fetch(`${service!.url}/health/live`).catch(() => undefined))?.status).toBe(200),
      60_000,
      250,
    );
    const notReady = await fetch(`${service.url}/health/ready`);
    expect(notReady.status).toBe(503);
    const { checks } = (await notReady.json()) as { checks: Record<string, { status: string }> };
    expect(checks).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' }, kafka: { status: 'down' } });

    await new Promise((resolve) => setTimeout(resolve, 10_000)); // a few rounds of trying
    expect(service.exitCode()).toBeNull();
    expect((await fetch(`${service.url}/health/ready`)).status).toBe(503);
    const retries = logLines(service).filter((line) => line.msg === 'kafka topics: not yet, trying again');
    expect(retries.length).toBeGreaterThanOrEqual(2);
    expect(retries[0]).toMatchObject({
      level: 'warn',
      attempt: 1,
      err: { type: expect.any(String), message: expect.any(String) },
    });

    await kafka.start();
    await service.ready(120_000);
    const worker = await fetchToken('sari.virtanen');
    const opened = await service.call('POST', '/cases', worker, {
      origin: 'child-welfare-notification',
      receivedAt: new Date().toISOString(),
      language: 'fi',
      child: { name: 'Kafka Away Child', dateOfBirth: '2014-09-09' },
      notification: { channel: 'school', content: 'Worried about the child.' },
    });
    expect(opened.status).toBe(201);
    await expectEventually(
      async () => {
        const timeline = (await service!.call('GET', `/cases/${opened.body.id}/timeline`, worker)).body as Array<{
          event: string;
        }>;
        expect(timeline.map((entry) => entry.event)).toEqual(expect.arrayContaining([expect.stringMatching(/^CaseOpened\./)]));
      },
      30_000,
      200,
    );
    expect(logLines(service).filter((line) => line.level === 'fatal' || /unhandled/i.test(String(line.msg)))).toEqual([]);
    expect(await service.stop()).toBe(0);
  }, 300_000);
});
