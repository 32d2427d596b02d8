import type { ServiceUnderTest } from '@yhdessa/testing';
import { startAssessment } from './assessment.fixture.js';

const start = (overrides: Record<string, string>): Promise<ServiceUnderTest> => startAssessment('yhdessa_test_assessment_health', overrides);

describe('health of a service', () => {
  const services: ServiceUnderTest[] = [];
  afterAll(async () => {
    for (const service of services) await service.close();
  });

  it('is live and ready, without a token, when PostgreSQL, Kafka and Redis answer', async () => {
    const service = await start({});
    services.push(service);
    const live = await fetch(`${service.url}/health/live`);
    const ready = await fetch(`${service.url}/health/ready`);
    expect(live.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'up',
      checks: { postgres: { status: 'up' }, kafka: { status: 'up' }, redis: { status: 'up' } },
    });
  }, 60_000);

  it('is live but not ready while Redis does not answer, and says which server is down', async () => {
    const service = await start({ REDIS_URL: 'redis://127.0.0.1:6390' }); // nothing listens there
    services.push(service);
    expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${service.url}/health/ready`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { checks: Record<string, { status: string }> };
    expect(body.checks.redis.status).toBe('down');
    expect(body.checks.postgres.status).toBe('up');
  }, 60_000);
});
