import { Controller, Get, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import { decodeJwt, decodeProtectedHeader, exportPKCS8, generateKeyPair, SignJWT } from 'jose';
import { Clock, FixedClock, ProblemDetailsFilter } from '@yhdessa/platform';
import { fetchToken, testServers } from '@yhdessa/testing';
import { AuthModule, CurrentUser, Public, RequireRoles, type AuthenticatedUser } from '../src/index.js';
import { createTemporaryRealm, type TemporaryRealm } from './temporary-realm.js';

@Controller('probe')
class ProbeController {
  @Public()
  @Get('health')
  health(): { status: string } {
    return { status: 'ok' };
  }

  @Get('me')
  me(@CurrentUser() user: AuthenticatedUser): AuthenticatedUser {
    return user;
  }

  @RequireRoles('cp-social-worker')
  @Get('case-work')
  caseWork(@CurrentUser() user: AuthenticatedUser): AuthenticatedUser {
    return user;
  }
}

interface RunningApp {
  get(path: string, authorization?: string): Promise<Answer>;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  contentType: string | null;
  wwwAuthenticate: string | null;
  body: Record<string, unknown>;
}

const servers = testServers();

async function startApp(options: { clock?: Clock; issuer?: string } = {}): Promise<RunningApp> {
  const { clock, issuer = servers.oidcIssuer } = options;
  let builder = Test.createTestingModule({
    imports: [AuthModule.forRoot({ issuer, audience: servers.oidcAudience })],
    controllers: [ProbeController],
  });
  if (clock) builder = builder.overrideProvider(Clock).useValue(clock);
  const moduleRef = await builder.compile();
  const app: INestApplication = moduleRef.createNestApplication({ logger: false });
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    async get(path, authorization) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, {
        headers: authorization === undefined ? {} : { authorization },
      });
      return {
        status: response.status,
        contentType: response.headers.get('content-type'),
        wwwAuthenticate: response.headers.get('www-authenticate'),
        body: (await response.json()) as Record<string, unknown>,
      };
    },
    close: () => app.close(),
  };
}

function expectProblem(answer: Answer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body.code }).toEqual({ status, code });
  expect(answer.contentType).toMatch(/^application\/problem\+json/);
  if (status === 401) expect(answer.wwwAuthenticate).toMatch(/^Bearer\b/);
}

describe('bearer tokens against the real Keycloak', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('accepts a social worker token from the web client and hands the controller her agency and roles', async () => {
    const token = await fetchToken('sari.virtanen');
    const answer = await app.get('/probe/case-work', `Bearer ${token}`);

    expect(answer.status).toBe(200);
    const sub = decodeJwt(token).sub;
    expect(answer.body).toMatchObject({
      userId: sub,
      username: 'sari.virtanen',
      agency: 'child-protection',
      roles: ['cp-social-worker'],
      actor: { userId: sub, agency: 'child-protection', role: 'cp-social-worker' },
    });
    expect(answer.body.displayName).toEqual(expect.any(String));
  });

  it('maps a teacher to the school agency', async () => {
    const answer = await app.get('/probe/me', `Bearer ${await fetchToken('anna.laine')}`);

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ agency: 'school', roles: ['teacher'], actor: { role: 'teacher' } });
  });

  it('refuses a teacher on a social-worker-only route with 403 role_required', async () => {
    const answer = await app.get('/probe/case-work', `Bearer ${await fetchToken('anna.laine')}`);

    expectProblem(answer, 403, 'role_required');
  });

  it('refuses a request without a token with 401 token_missing and a Bearer challenge', async () => {
    const answer = await app.get('/probe/me');

    expectProblem(answer, 401, 'token_missing');
    expect(answer.wwwAuthenticate).toBe('Bearer');
  });

  it('refuses another authorization scheme as no bearer token', async () => {
    expectProblem(await app.get('/probe/me', 'Basic c2FyaS52aXJ0YW5lbjpkZW1v'), 401, 'token_missing');
  });

  it('refuses a garbage bearer token with 401 token_invalid', async () => {
    expectProblem(await app.get('/probe/me', 'Bearer not-a-jwt'), 401, 'token_invalid');
  });

  it('refuses a real token re-signed with another RSA key under the realm key id', async () => {
    const real = await fetchToken('sari.virtanen');
    const { kid } = decodeProtectedHeader(real);
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(decodeJwt(real)).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid }).sign(privateKey);

    expectProblem(await app.get('/probe/case-work', `Bearer ${forged}`), 401, 'token_invalid');
  });

  it('refuses a real token re-signed with HS256, whatever the secret', async () => {
    const real = await fetchToken('sari.virtanen');
    const { kid } = decodeProtectedHeader(real);
    const forged = await new SignJWT(decodeJwt(real))
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid })
      .sign(new TextEncoder().encode('a-shared-secret-the-attacker-chose-32b'));

    expectProblem(await app.get('/probe/case-work', `Bearer ${forged}`), 401, 'token_invalid');
  });

  it('refuses a real token from a client outside the API audience with 401 wrong_audience', async () => {
    const token = await fetchToken('sari.virtanen', { clientId: 'yhdessa-other' });

    expectProblem(await app.get('/probe/case-work', `Bearer ${token}`), 401, 'wrong_audience');
  });

  it('lets anyone reach a @Public() route', async () => {
    const answer = await app.get('/probe/health');

    expect(answer).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  describe('an hour later', () => {
    let later: RunningApp;

    beforeAll(async () => {
      later = await startApp({ clock: new FixedClock(new Date(Date.now() + 60 * 60 * 1000)) });
    });

    afterAll(async () => {
      await later.close();
    });

    it('refuses the same real token with 401 token_expired', async () => {
      const token = await fetchToken('sari.virtanen');
      expect(await app.get('/probe/case-work', `Bearer ${token}`)).toMatchObject({ status: 200 });

      expectProblem(await later.get('/probe/case-work', `Bearer ${token}`), 401, 'token_expired');
    });
  });

  // Keycloak here runs with a fixed --hostname, so asking it under another host name (localhost)
  // still stamps the same `iss`. Two throwaway realms signing with one key give the real thing:
  // Keycloak's own signature under the expected kid, but another issuer.
  describe('a token signed with the expected key by another realm', () => {
    let expected: TemporaryRealm | undefined;
    let other: TemporaryRealm | undefined;
    let realmApp: RunningApp | undefined;

    beforeAll(async () => {
      const { privateKey } = await generateKeyPair('RS256', { extractable: true });
      const privateKeyPem = await exportPKCS8(privateKey);
      expected = await createTemporaryRealm({ privateKeyPem, audience: servers.oidcAudience });
      other = await createTemporaryRealm({ privateKeyPem, audience: servers.oidcAudience });
      realmApp = await startApp({ issuer: expected.issuer });
    }, 30_000);

    afterAll(async () => {
      await realmApp?.close();
      await Promise.all([expected?.remove(), other?.remove()]);
    });

    it('is refused with 401 wrong_issuer', async () => {
      const token = await other!.token();
      expect(decodeProtectedHeader(token).kid).toBe(decodeProtectedHeader(await expected!.token()).kid);

      expectProblem(await realmApp!.get('/probe/me', `Bearer ${token}`), 401, 'wrong_issuer');
    });

    it("while the expected realm's own token passes signature, issuer and audience (its user has no agency)", async () => {
      expectProblem(await realmApp!.get('/probe/me', `Bearer ${await expected!.token()}`), 403, 'no_agency');
    });
  });
});
