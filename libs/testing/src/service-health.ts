import { listedService } from './service-list.js';
import type { ServiceUnderTest } from './service-under-test.js';

/**
 * The health checks every service answers, as one `describe` for its health int-spec: live and ready
 * without a token while its servers answer (PostgreSQL only for a service with a database); live but
 * not ready while Redis does not answer, saying so. `start` starts the service with variables changed.
 */
export function describeServiceHealth(name: string, start: (env: Record<string, string>) => Promise<ServiceUnderTest>): void {
  const servers = listedService(name).databaseVariable ? ['postgres', 'kafka', 'redis'] : ['kafka', 'redis'];

  describe(`health of ${name}`, () => {
    const started: ServiceUnderTest[] = [];
    const startWith = async (env: Record<string, string>) => {
      const service = await start(env);
      started.push(service);
      return service;
    };
    afterAll(async () => {
      for (const service of started) await service.close();
    });

    it(`is live and ready, without a token, when ${servers.join(', ')} answer`, async () => {
      const service = await startWith({});
      expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
      const ready = await fetch(`${service.url}/health/ready`);
      expect({ status: ready.status, body: await ready.json() }).toEqual({
        status: 200,
        body: { status: 'up', checks: Object.fromEntries(servers.map((server) => [server, { status: 'up' }])) },
      });
    }, 60_000);

    it('is live but not ready while Redis does not answer, and says which server is down', async () => {
      const service = await startWith({ REDIS_URL: 'redis://127.0.0.1:6390' }); // nothing listens there
      expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
      const ready = await fetch(`${service.url}/health/ready`);
      expect(ready.status).toBe(503);
      const { checks } = (await ready.json()) as { checks: Record<string, { status: string }> };
      expect(Object.fromEntries(Object.entries(checks).map(([server, check]) => [server, check.status]))).toEqual(
        Object.fromEntries(servers.map((server) => [server, server === 'redis' ? 'down' : 'up'])),
      );
    }, 60_000);
  });
}
