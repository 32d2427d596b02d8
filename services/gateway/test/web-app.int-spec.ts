import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, type GatewayUnderTest } from './gateway.fixture.js';

describe('the gateway serves the built web app', () => {
  let gateway: GatewayUnderTest;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'yhdessa-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>Yhdessä</title><script type="module" src="/assets/app-1a2b.js"></script>',
    );
    writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'console.log("app")');
    gateway = await startGateway({ database: 'yhdessa_test_gateway_web', env: { WEB_DIST_DIR: dist } });
  }, 90_000);

  afterAll(async () => {
    await gateway?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers / with the app, under a CSP that allows the gateway itself and nothing else', async () => {
    const page = await fetch(`${gateway.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Yhdessä</title>');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests'); // plain HTTP on 127.0.0.1
  });

  it("answers the app's own routes with index.html (SPA fallback), and its assets as files", async () => {
    const deep = await fetch(`${gateway.url}/cases/0190f5c4-0000-7000-8000-000000000001?tab=team`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<title>Yhdessä</title>');
    const asset = await fetch(`${gateway.url}/assets/app-1a2b.js`);
    expect(await asset.text()).toBe('console.log("app")');
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('never answers an API, sign-in or missing file path with the app', async () => {
    const missingAsset = await fetch(`${gateway.url}/assets/missing.js`);
    expect(missingAsset.status).toBe(404);
    const api = await fetch(`${gateway.url}/api/nothing-here`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const write = await fetch(`${gateway.url}/cases`, { method: 'POST' });
    expect(await write.text()).not.toContain('<title>');
  });
});
