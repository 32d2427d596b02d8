import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { FixedClock } from '@yhdessa/platform';
import { AuthError, AuthErrorCode } from './auth.error.js';
import { OidcVerifier } from './oidc-verifier.js';

/** A stand-in identity provider on a local port: discovery and keys only, no Keycloak needed. */
async function startIssuer(advertise: (base: string) => string = (base) => base) {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  let requests = 0;
  let up = true;
  const server: Server = createServer((request, response) => {
    requests += 1;
    if (!up) return void response.writeHead(503).end();
    const body =
      request.url === '/.well-known/openid-configuration'
        ? { issuer: advertise(base), jwks_uri: `${base}/certs` }
        : { keys: [jwk] };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests: () => requests,
    setUp: (value: boolean) => (up = value),
    sign: (claims: Record<string, unknown>) =>
      new SignJWT({
        sub: 'u-1',
        preferred_username: 'sari.virtanen',
        agency: 'child-protection',
        realm_access: { roles: ['cp-social-worker'] },
        ...claims,
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(base)
        .setAudience('yhdessa-api')
        .setIssuedAt(new Date('2030-01-01T12:00:00Z'))
        .setExpirationTime(new Date('2030-01-01T12:05:00Z'))
        .sign(privateKey),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const at = (time: string) => new FixedClock(new Date(`2030-01-01T${time}Z`));

async function refusal(work: Promise<unknown>): Promise<{ code: AuthErrorCode; status: number }> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AuthError) return { code: error.code, status: error.status };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('OidcVerifier', () => {
  it('remembers a verified token only until its expiry: the same verifier refuses it after', async () => {
    const issuer = await startIssuer();
    try {
      const token = await issuer.sign({});
      const clock = at('12:04:00');
      const verifier = new OidcVerifier({ issuer: issuer.base, audience: 'yhdessa-api' }, clock);
      const first = await verifier.verify(token);
      expect(await verifier.verify(token)).toBe(first);
      expect(Object.isFrozen(first) && Object.isFrozen(first.roles)).toBe(true);
      clock.set(new Date('2030-01-01T12:05:00Z'));
      expect(await refusal(verifier.verify(token))).toEqual({ code: AuthErrorCode.TokenExpired, status: 401 });
    } finally {
      await issuer.close();
    }
  });

  it('accepts a token inside its lifetime and refuses it after, by the injected clock', async () => {
    const issuer = await startIssuer();
    try {
      const token = await issuer.sign({});
      const options = { issuer: issuer.base, audience: 'yhdessa-api' };
      await expect(new OidcVerifier(options, at('12:04:00')).verify(token)).resolves.toMatchObject({ userId: 'u-1' });
      expect(await refusal(new OidcVerifier(options, at('12:06:00')).verify(token))).toEqual({
        code: AuthErrorCode.TokenExpired,
        status: 401,
      });
    } finally {
      await issuer.close();
    }
  });

  it('refuses an ID or refresh token, which Keycloak does not type Bearer', async () => {
    const issuer = await startIssuer();
    try {
      const verifier = new OidcVerifier({ issuer: issuer.base, audience: 'yhdessa-api' }, at('12:01:00'));
      expect(await refusal(verifier.verify(await issuer.sign({ typ: 'ID' })))).toMatchObject({
        code: AuthErrorCode.TokenInvalid,
      });
    } finally {
      await issuer.close();
    }
  });

  it('answers 503 while the issuer is unreachable, but refuses a malformed token without asking it', async () => {
    const verifier = new OidcVerifier({ issuer: 'http://127.0.0.1:9/realms/none', audience: 'yhdessa-api' }, at('12:01:00'));
    const signer = await startIssuer();
    const wellFormed = await signer.sign({});
    await signer.close();

    expect(await refusal(verifier.verify('not-a-jwt'))).toEqual({ code: AuthErrorCode.TokenInvalid, status: 401 });
    expect(await refusal(verifier.verify(wellFormed))).toEqual({ code: AuthErrorCode.IssuerUnavailable, status: 503 });
  });

  it('discovers once, and tries again on the next request after a failed discovery', async () => {
    const issuer = await startIssuer();
    try {
      const verifier = new OidcVerifier({ issuer: issuer.base, audience: 'yhdessa-api' }, at('12:01:00'));
      const token = await issuer.sign({});
      issuer.setUp(false);
      expect(await refusal(verifier.verify(token))).toMatchObject({ code: AuthErrorCode.IssuerUnavailable });

      issuer.setUp(true);
      await verifier.verify(token);
      const afterFirstSuccess = issuer.requests();
      await verifier.verify(token);
      expect(issuer.requests()).toBe(afterFirstSuccess);
    } finally {
      await issuer.close();
    }
  });

  it('refuses to trust a discovery document that names another issuer', async () => {
    const issuer = await startIssuer(() => 'https://elsewhere.example/realms/yhdessa');
    try {
      const verifier = new OidcVerifier({ issuer: issuer.base, audience: 'yhdessa-api' }, at('12:01:00'));
      expect(await refusal(verifier.verify(await issuer.sign({})))).toMatchObject({ code: AuthErrorCode.IssuerUnavailable });
    } finally {
      await issuer.close();
    }
  });
});
