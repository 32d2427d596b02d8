import { FixedClock } from '@yhdessa/platform';
import { expectEventually } from '@yhdessa/testing';
import { startClientPlan } from '../../services/client-plan/test/client-plan.fixture.js';
import { axeViolations, journeyOneNoon, signIn, startWebStack, type WebStack } from './web-stack.fixture.js';
import { ainosPeople, openAinosCase } from './ainos-case.fixture.js';
import { serviceCall } from './service-call.fixture.js';

/**
 * A plan that does not know the child's age (one started from an assessment) is not sent for signing
 * until the responsible social worker records the child's date of birth on the sign-off panel; then
 * it goes out, Aino (14) asked to comment. The panel links the version's PDF, which the browser reads
 * through the gateway. axe on the screen.
 */
describe('web: the child’s date of birth before the plan is signed, and the printed plan', () => {
  let stack: WebStack;
  let caseId: string;

  beforeAll(async () => {
    stack = await startWebStack('plan_birth_date', new FixedClock(journeyOneNoon), [
      { service: 'client-plan', start: (database, clock) => startClientPlan(database, { clock }) },
    ]);
    const planUrl = stack.alongside['client-plan']!.url;
    caseId = await openAinosCase(stack, { team: [ainosPeople.aino] });
    const plan = serviceCall(() => planUrl);
    // As a plan from an assessment: no date of birth.
    await expectEventually(
      async () =>
        expect((await plan('POST', `/cases/${caseId}/plan`, 'sari.virtanen', { childDateOfBirth: null })).status).toBe(201),
      60_000,
      500,
    );
    const saved = await plan('PUT', `/cases/${caseId}/plan/draft`, 'sari.virtanen', {
      base: { version: 1, revision: 1 },
      content: {
        needs: [{ id: 'n1', text: 'Rauhalliset illat', source: null }],
        goals: [
          { id: 'g1', professional: 'Aino käy koulua joka päivä', childWords: 'Haluan jäädä tälle luokalle', needIds: ['n1'] },
        ],
        actions: [],
        services: [],
        participants: [],
        childView: null,
        disagreements: [],
        reviewOn: '2027-06-30',
      },
    });
    expect(saved.status).toBe(200);
  }, 300_000);

  afterAll(async () => {
    await stack?.close();
  }, 60_000);

  it('asks for the date of birth when the plan is sent without it, then sends it with Aino asked to comment; the PDF opens', async () => {
    const page = await stack.newPage();
    page.setDefaultTimeout(30_000);
    await signIn(page, stack, 'sari.virtanen', `/cases/${caseId}/plan`);
    await page.getByRole('heading', { level: 2, name: 'Versio 1: luonnos' }).waitFor();
    await page.getByRole('button', { name: 'Lähetä allekirjoitettavaksi' }).click();
    await page.getByText('Kirjaa lapsen syntymäaika suunnitelmaan ennen allekirjoituksia', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Tallenna syntymäaika ja lähetä allekirjoitettavaksi' }).click();
    await page.getByText('Kirjoita syntymäaika muodossa p.k.vvvv.').waitFor();
    await page.getByLabel('Lapsen syntymäaika').fill('14.9.2012');
    await page.getByRole('button', { name: 'Tallenna syntymäaika ja lähetä allekirjoitettavaksi' }).click();
    await page.getByRole('heading', { level: 2, name: 'Versio 1: allekirjoitettavana' }).waitFor();
    await page.getByRole('cell', { name: 'kommentti' }).waitFor(); // Aino, 14: asked to comment
    expect(await axeViolations(page)).toEqual([]);

    const pdfLink = page.getByRole('link', { name: 'Tulostettava versio 1 (PDF)' });
    const href = (await pdfLink.getAttribute('href'))!;
    expect(href).toBe(`/api/client-plan/cases/${caseId}/plan/versions/1/pdf?lang=fi`);
    const pdf = await page.request.get(`${stack.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 240_000);
});
