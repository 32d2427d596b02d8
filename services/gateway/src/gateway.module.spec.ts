import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { OidcVerifier, type AuthenticatedUser } from '@yhdessa/auth';
import { ProblemDetailsFilter } from '@yhdessa/platform';
import { KafkaHealthProbe, ReadinessChecks, RedisClient } from '@yhdessa/runtime';
import { loadGatewayConfig } from './gateway.config.js';
import { GatewayModule } from './gateway.module.js';

// The gateway's wiring without any server: Redis and token verification are fakes, and the Kafka
// probe is the gateway's own (it connects on first check only, and its check is replaced here).
const config = loadGatewayConfig({
  KAFKA_BROKERS: '127.0.0.1:9092',
  REDIS_URL: 'redis://127.0.0.1:6379',
  OIDC_ISSUER: 'http://127.0.0.1:8080/realms/yhdessa',
  OIDC_AUDIENCE: 'yhdessa-api',
  GATEWAY_PORT: '3000',
});

const caller: AuthenticatedUser = {
  userId: '5b0c7f0e-0000-4000-8000-000000000002',
  username: 'opettaja.olli',
  displayName: 'Olli Opettaja',
  agency: 'school',
  roles: ['teacher'],
  actor: { userId: '5b0c7f0e-0000-4000-8000-000000000002', agency: 'school', role: 'teacher' },
};

describe('GatewayModule', () => {
  let app: INestApplication;
  let kafkaAnswers = true;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [GatewayModule.forRoot(config)] })
      .overrideProvider(RedisClient)
      .useValue({ redis: { ping: async () => 'PONG' } })
      .overrideProvider(OidcVerifier)
      .useValue({ verify: async (token: string) => (token === 'valid' ? caller : Promise.reject(new Error('refused'))) })
      .compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new ProblemDetailsFilter()); // as createServiceApp does
    const probe = app.get(KafkaHealthProbe);
    probe.check = async () => {
      if (!kafkaAnswers) throw new Error('ECONNREFUSED');
    };
    await app.listen(0, '127.0.0.1');
  });

  afterAll(() => app.close());

  it('probes Kafka through a client of its own, having no messaging', () => {
    expect(app.get(KafkaHealthProbe)).toBeInstanceOf(KafkaHealthProbe);
  });

  it('is ready when Redis and Kafka answer, with no database to ask', async () => {
    kafkaAnswers = true;
    expect(await app.get(ReadinessChecks).run()).toEqual({ redis: { status: 'up' }, kafka: { status: 'up' } });
  });

  it('is not ready while Kafka does not answer', async () => {
    kafkaAnswers = false;
    expect((await app.get(ReadinessChecks).run())['kafka']).toEqual({ status: 'down', error: 'ECONNREFUSED' });
  });

  it("answers GET /api/me with the caller's identity", async () => {
    const response = await fetch(`${await app.getUrl()}/api/me`, { headers: { authorization: 'Bearer valid' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      userId: caller.userId,
      username: 'opettaja.olli',
      displayName: 'Olli Opettaja',
      agency: 'school',
      roles: ['teacher'],
    });
  });

  it('refuses GET /api/me without a token', async () => {
    const response = await fetch(`${await app.getUrl()}/api/me`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
