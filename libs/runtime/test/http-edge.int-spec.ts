import { Controller, Get, Module, Post, type INestApplication } from '@nestjs/common';
import { NoClientData } from '@yhdessa/audit';
import { AuthModule, CurrentUser, type AuthenticatedUser } from '@yhdessa/auth';
import { newId, Returns } from '@yhdessa/platform';
import { z } from 'zod';
import { createServiceApp, RuntimeModule, type HttpEdgeOptions } from '../src/index.js';
import { fetchToken, testServers } from '@yhdessa/testing';

// The HTTP edge every service gets from createServiceApp and RuntimeModule: security headers, the
// per-user write limit counted in the real Redis across instances, and the API docs in development.
// A service name of this run's own keeps the counters apart from every other test's.

@Controller('notes')
class NotesController {
  @Post()
  @Returns(z.object({ writtenBy: z.string() }))
  write(@CurrentUser() caller: AuthenticatedUser): { writtenBy: string } {
    return { writtenBy: caller.userId };
  }

  @Get()
  @NoClientData()
  @Returns(z.object({ notes: z.tuple([]) }))
  read(): { notes: [] } {
    return { notes: [] };
  }
}

async function startInstance(http: HttpEdgeOptions): Promise<{ app: INestApplication; url: string }> {
  const servers = testServers();
  @Module({
    imports: [
      RuntimeModule.forRoot({ redisUrl: servers.redisUrl, http }),
      AuthModule.forRoot({ issuer: servers.oidcIssuer, audience: servers.oidcAudience }),
    ],
    controllers: [NotesController],
  })
  class EdgeTestModule {}
  const app = await createServiceApp(EdgeTestModule);
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

const call = (url: string, method: string, token?: string) =>
  fetch(`${url}/notes`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('HTTP edge', () => {
  const windowSeconds = 4;
  const http: HttpEdgeOptions = { service: `edge-test-${newId()}`, rateLimit: { writes: 3, windowSeconds }, apiDocs: false };
  let first: { app: INestApplication; url: string };
  let second: { app: INestApplication; url: string };
  let sari: string;
  let jukka: string;

  beforeAll(async () => {
    [first, second, sari, jukka] = await Promise.all([
      startInstance(http),
      startInstance(http),
      fetchToken('sari.virtanen'),
      fetchToken('jukka.lehto'),
    ]);
  });

  afterAll(async () => {
    await Promise.all([first?.app.close(), second?.app.close()]);
  });

  it('sends security headers and no X-Powered-By, on answers and on problems alike', async () => {
    for (const response of [await call(first.url, 'GET', sari), await call(first.url, 'GET')]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
    const unreadable = await fetch(`${first.url}/notes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${jukka}`, 'content-type': 'application/json' },
      body: '{"unfinished":',
    });
    expect(unreadable.status).toBe(400);
    expect(unreadable.headers.get('x-content-type-options')).toBe('nosniff');
    expect(unreadable.headers.get('x-powered-by')).toBeNull();
  });

  it("refuses a user's writes beyond the limit across instances with 429 and Retry-After, leaving reads and other users alone", async () => {
    const admitted = [
      await call(first.url, 'POST', sari),
      await call(second.url, 'POST', sari),
      await call(first.url, 'POST', sari),
    ];
    expect(admitted.map((response) => response.status)).toEqual([201, 201, 201]);

    const refused = await call(second.url, 'POST', sari);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
    expect(await refused.json()).toMatchObject({ status: 429, code: 'rate_limited', retryAfterSeconds: retryAfter });

    expect((await call(first.url, 'GET', sari)).status).toBe(200);
    expect((await call(second.url, 'POST', jukka)).status).toBe(201);

    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1_000));
    expect((await call(first.url, 'POST', sari)).status).toBe(201);
  });

  it('serves no API docs unless API_DOCS is on', async () => {
    expect((await fetch(`${first.url}/docs/openapi.json`)).status).toBe(404);
  });

  it('serves the OpenAPI document of its own routes at /docs/openapi.json when API_DOCS is on, without a token', async () => {
    const documented = await startInstance({ ...http, apiDocs: true });
    try {
      const response = await fetch(`${documented.url}/docs/openapi.json`);
      expect(response.status).toBe(200);
      const document = (await response.json()) as { paths: Record<string, { post: { responses: unknown } }> };
      expect(document).toMatchObject({ openapi: '3.1.1', info: { title: http.service } });
      expect(Object.keys(document.paths).sort()).toEqual(['/health/live', '/health/ready', '/notes']);
      expect(document.paths['/notes'].post.responses).toMatchObject({
        201: { content: { 'application/json': { schema: { type: 'object', properties: { writtenBy: { type: 'string' } } } } } },
        429: { $ref: '#/components/responses/TooManyRequests' },
      });
      const page = await fetch(`${documented.url}/docs`);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain('<code>/notes</code>');
    } finally {
      await documented.app.close();
    }
  });
});
