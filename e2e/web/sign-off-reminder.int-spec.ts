import { createServer, type AddressInfo, type Socket } from 'node:net';
import { FixedClock } from '@yhdessa/platform';
import type { Page } from 'playwright-core';
import { claims, expectEventually, fetchToken, type ServiceFixture } from '@yhdessa/testing';
import type { ClientPlanConfig } from '../../services/client-plan/src/client-plan.config.js';
import { PlanWatchService } from '../../services/client-plan/src/plan-watch/plan-watch.service.js';
import { startClientPlan } from '../../services/client-plan/test/client-plan.fixture.js';
import { ainosBirthDate, ainosPeople, openAinosCase } from './ainos-case.fixture.js';
import { serviceCall } from './service-call.fixture.js';
import { axeViolations, journeyOneNoon, signIn, startWebStack, type WebStack } from './web-stack.fixture.js';

/**
 * A reminder to sign Aino's client plan on the home: Sari sends version 1 for signing, the round nears its
 * end (the plan's watch runs 47 hours before it ends), and both Sari's home and her mother Liisa's family
 * home show "sign by …", linking to the version's sign-off panel. Someone with nothing to sign sees no
 * such section. axe finds nothing.
 */
describe('web: a reminder to sign the client plan on the home', () => {
  let stack: WebStack;
  let planService: ServiceFixture<ClientPlanConfig>;
  let caseId: string;
  let expiresAt: Date;
  const plan = serviceCall(() => stack.alongside['client-plan']!.url);

  beforeAll(async () => {
    stack = await startWebStack('sign_off_reminder', new FixedClock(journeyOneNoon), [
      {
        service: 'client-plan',
        start: async (database, clock) => (planService = await startClientPlan(database, { clock })),
      },
      // An assessment service that takes the call and never answers: the gateway waits 30 s for it, each try.
      { service: 'assessment', start: silentService },
    ]);
    caseId = await openAinosCase(stack, { team: [ainosPeople.mother] });
    // client-plan learns the care team from case-coordination's events: the plan starts once it knows the case.
    await expectEventually(
      async () => {
        expect((await plan('POST', `/cases/${caseId}/plan`, 'sari.virtanen', { childDateOfBirth: ainosBirthDate })).status).toBe(
          201,
        );
      },
      60_000,
      500,
    );
    const sari = claims(await fetchToken('sari.virtanen')).sub;
    const saved = await plan('PUT', `/cases/${caseId}/plan/draft`, 'sari.virtanen', {
      base: { version: 1, revision: 1 },
      content: {
        needs: [{ id: 'n1', text: 'Rauhalliset illat', source: null }],
        goals: [
          { id: 'g1', professional: 'Aino käy koulua joka päivä', childWords: 'Haluan jäädä tälle luokalle', needIds: ['n1'] },
        ],
        actions: [
          {
            id: 'family-work',
            what: 'Perhetyö arki-iltaisin',
            agency: 'child-protection',
            responsible: { userId: sari, name: 'Sari Virtanen' },
            start: '2027-01-07',
            due: '2027-02-28',
            goalIds: ['g1'],
          },
        ],
        services: [],
        participants: [],
        childView: null,
        disagreements: [],
        reviewOn: '2027-06-30',
      },
    });
    expect(saved.status).toBe(200);
    const sent = await plan('POST', `/cases/${caseId}/plan/versions/1/sign-off`, 'sari.virtanen', {});
    expect(sent.status).toBe(200);
    expiresAt = new Date(sent.body.open.round.expiresAt);
    // The plan's watch, as it runs by itself, 47 hours before the round ends (it reminds 48 hours before).
    await planService.app.get(PlanWatchService).sweep(new Date(expiresAt.getTime() - 47 * 3_600_000));
    const mine = await plan('GET', '/sign-off-reminders/mine', 'liisa.aalto');
    expect(mine.body).toContainEqual(expect.objectContaining({ caseId, version: 1 }));
  }, 240_000);

  afterAll(async () => {
    await stack?.close();
  }, 60_000);

  /** The test databases outlive a run, so earlier runs' plans may remind too: this run's case is the one linked. */
  const reminderOfThisRun = (page: Page) =>
    page
      .getByRole('region', { name: 'Allekirjoita asiakassuunnitelma' })
      .getByRole('listitem')
      .filter({ has: page.locator(`a[href="/cases/${caseId}/plan#plan-sign-off-1"]`) });

  const dueLine = () => {
    const helsinki = new Intl.DateTimeFormat('fi-FI', {
      timeZone: 'Europe/Helsinki',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(expiresAt);
    const part = (type: string) => helsinki.find((p) => p.type === type)!.value;
    return `Allekirjoita viimeistään ${part('day')}.${part('month')}.${part('year')} klo ${part('hour')}.${part('minute')}.`;
  };

  it("shows the guardian the reminder on her family home and takes her to the version's sign-off panel", async () => {
    const page = await stack.newPage();
    await signIn(page, stack, 'liisa.aalto', '/');
    const item = reminderOfThisRun(page);
    await item.getByText(dueLine()).waitFor({ timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);
    await item.getByRole('link', { name: 'Asiakassuunnitelma: Aino Aalto' }).click();
    await page.waitForURL((url) => url.pathname === `/cases/${caseId}/plan` && url.hash === '#plan-sign-off-1');
    await page.locator('#plan-sign-off-1').waitFor();
    await page.close();
  }, 90_000);

  it('shows the responsible worker, who has not signed either, the same reminder on her home', async () => {
    const page = await stack.newPage();
    await signIn(page, stack, 'sari.virtanen', '/');
    const item = reminderOfThisRun(page);
    await item.getByText(dueLine()).waitFor({ timeout: 20_000 });
    await item.getByRole('link', { name: 'Asiakassuunnitelma: Aino Aalto' }).waitFor();
    // The silent assessment service holds up neither the home nor, for long, its own section: within
    // 15 s (the gateway alone would wait 30 s a try) the section says the service is not answering.
    const invitations = page.getByRole('region', { name: 'Pyynnöt antaa näkemys arviointiin' });
    await invitations.getByText('Palvelu ei juuri nyt vastaa. Yritä hetken kuluttua uudelleen.').waitFor({ timeout: 15_000 });
    expect(await invitations.getByRole('status').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows no such section to someone with nothing to sign', async () => {
    const page = await stack.newPage();
    const asked = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/client-plan/sign-off-reminders/mine',
      {
        timeout: 60_000,
      },
    );
    await signIn(page, stack, 'ville.heikkinen', '/');
    expect((await asked).status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Hei, Ville Heikkinen' }).waitFor();
    await page.getByRole('region', { name: 'Omat asiat' }).waitFor();
    expect(await page.getByRole('region', { name: 'Allekirjoita asiakassuunnitelma' }).count()).toBe(0);
    await page.close();
  }, 90_000);
});

/** A service that accepts connections and never answers them. */
async function silentService(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
