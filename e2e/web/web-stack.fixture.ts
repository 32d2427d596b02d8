import { existsSync, mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { FixedClock, type Clock } from '@yhdessa/platform';
import { fetchToken, testServers } from '@yhdessa/testing';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import {
  claims,
  startCaseCoordination,
  type CaseCoordinationUnderTest,
} from '../../services/case-coordination/test/case-coordination.fixture.js';
import { closeOpenCases } from '../../services/case-coordination/test/open-cases.fixture.js';
import type { ForwardedService } from '../../services/gateway/src/forward/forwarded-services.js';
import { startGateway, type GatewayUnderTest } from '../../services/gateway/test/gateway.fixture.js';

/** Debian's Chromium, driven by playwright-core (`apt-get install -y chromium`; `./yhdessa test` and `.ci/run` install it where missing). */
export const chromiumPath = '/usr/bin/chromium';

/** Journey 1: Mika's notification arrives on 23 December 2026; case-coordination lives at noon that day in Helsinki. */
export const journeyOneNoon = new Date('2026-12-23T12:00:00+02:00');

/** A service started beside case-coordination, behind the same gateway (assessment, client-plan, consultation-booking). */
export interface AlongsideService {
  service: Exclude<ForwardedService, 'case-coordination'>;
  start(database: string, clock: Clock): Promise<{ url: string; close(): Promise<void> }>;
}

export interface WebStack {
  caseCoordination: CaseCoordinationUnderTest;
  /** The services started alongside, by name. */
  alongside: Partial<Record<AlongsideService['service'], { url: string; close(): Promise<void> }>>;
  gateway: GatewayUnderTest;
  browser: Browser;
  /** The gateway's address: the web app, its API and sign-in. */
  url: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The real stack a person's browser meets: case-coordination behind the gateway, both at a fixed date,
 * which serves the built web app (dist/web) and signs people in through Keycloak's own login page;
 * Chromium in front. Each test file names its own databases.
 */
export async function startWebStack(
  name: string,
  clock: Clock = new FixedClock(journeyOneNoon),
  alongsideServices: readonly AlongsideService[] = [],
  /** case-coordination's environment beyond the test defaults, e.g. a small `CASELOAD_LIMIT`. */
  caseCoordinationEnv: Record<string, string> = {},
): Promise<WebStack> {
  // The gateway serves WEB_DIST_DIR (dist/web unless set), so a build elsewhere can be tested beside it.
  const webDist = process.env.WEB_DIST_DIR ?? 'dist/web';
  if (!existsSync(`${webDist}/index.html`)) {
    throw new Error(
      `The web app is not built (no ${webDist}/index.html): run \`npm run web:build\`; \`npm test\` builds it before Jest.`,
    );
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}: install Debian's with \`apt-get install -y chromium\` (./yhdessa test does it where missing).`,
    );
  }
  // What has started is closed again when a later step fails (Keycloak refusing a token, say), so a
  // failed start leaves no service running, and none holding its outbox's publishing lock.
  const started: Array<() => Promise<unknown>> = [];
  try {
    const caseCoordination = await startCaseCoordination(`yhdessa_test_web_${name}`, { clock, env: caseCoordinationEnv });
    started.push(() => caseCoordination.close());
    const alongside: WebStack['alongside'] = {};
    for (const { service, start } of alongsideServices) {
      const startedService = await start(`yhdessa_test_web_${name}_${service.replaceAll('-', '_')}`, clock);
      alongside[service] = startedService;
      started.push(() => startedService.close());
    }
    // The gateway lives on the same date: it tells a care team's members live only from the day they joined.
    const gateway = await startGateway({
      database: `yhdessa_test_web_${name}_gateway`,
      services: {
        'case-coordination': caseCoordination.url,
        ...Object.fromEntries(Object.entries(alongside).map(([service, running]) => [service, running.url])),
      },
      clock,
    });
    started.push(() => gateway.close());
    await closeSarisCases(caseCoordination);
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
    });
    started.push(() => browser.close());
    return {
      caseCoordination,
      alongside,
      gateway,
      browser,
      url: gateway.url,
      async newPage() {
        const context = await browser.newContext({
          locale: 'fi-FI',
          timezoneId: 'Europe/Helsinki',
          viewport: { width: 1280, height: 900 },
        });
        const page = await context.newPage();
        page.setDefaultTimeout(10_000);
        return page;
      },
      async close() {
        await browser.close();
        await closeSarisCases(caseCoordination).catch(() => undefined);
        await gateway.close();
        for (const running of Object.values(alongside)) await running.close();
        await caseCoordination.close();
      },
    };
  } catch (error) {
    for (const close of started.reverse()) await close().catch(() => undefined);
    throw error;
  }
}

/** The test database outlives the run: earlier runs' cases are closed, so Sari stays within the caseload limit. */
async function closeSarisCases(caseCoordination: CaseCoordinationUnderTest): Promise<void> {
  const sari = await fetchToken('sari.virtanen');
  await closeOpenCases(caseCoordination, new Map([[claims(sari).sub, sari]]));
}

/**
 * Signs in as a person does: the app's sign-in button, Keycloak's real login page (username, password
 * `demo`), and back to the page asked for.
 */
export async function signIn(page: Page, stack: WebStack, username: string, path = '/'): Promise<void> {
  await page.goto(`${stack.url}${path}`);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.waitForURL((url) => url.href.startsWith(testServers().keycloakUrl));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(stack.url) && !url.pathname.startsWith('/auth/'));
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it is now: each violation with the elements it concerns. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')}`),
  );
}

/**
 * A full-page screenshot for the README, written by the e2e run to docs/screenshots/<name>.png. A rerun
 * makes the same image when nothing changed: the services live at a fixed date, and what still differs
 * between runs is covered by a grey box — a child's identity code (a fresh one each run, as the test
 * databases outlive a run), wherever it shows or is typed, and whatever `mask` adds.
 */
export async function screenshot(page: Page, name: string, mask: readonly Locator[] = []): Promise<void> {
  mkdirSync('docs/screenshots', { recursive: true });
  await markTypedIdentityCodes(page);
  // A full-page screenshot places its masks where the elements are in the viewport: from the top, they line up.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({
    path: `docs/screenshots/${name}.png`,
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
    mask: [...varyingParts(page), ...mask],
    maskColor: '#d9d9d9',
  });
}

/** An element holding nothing but a Finnish personal identity code (DDMMYY, century sign, individual number, check character). */
const identityCodePattern = /^\s*\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\s*$/;

/** What differs from one run to the next on any screen: the child's identity code, shown, or typed in a field. */
function varyingParts(page: Page): Locator[] {
  return [page.getByText(identityCodePattern), page.locator(`input[${typedIdentityCode}]`)];
}

const typedIdentityCode = 'data-screenshot-identity-code';

/** Marks the fields whose value is an identity code (a value is no attribute a selector can match). */
async function markTypedIdentityCodes(page: Page): Promise<void> {
  await page.evaluate(
    `for (const input of document.querySelectorAll('input')) {
       if (${identityCodePattern}.test(input.value)) input.setAttribute('${typedIdentityCode}', '');
     }`,
  );
}

/** Presses Tab until `target` has the focus (at most `limit` times): moving through a form as a keyboard user does. */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  await target.waitFor({ state: 'attached', timeout: 5_000 });
  for (let presses = 0; presses < limit; presses += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${limit} presses of Tab never reached ${target}`);
}

/** Whether the element has the keyboard focus. */
export function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === element.ownerDocument.activeElement);
}
