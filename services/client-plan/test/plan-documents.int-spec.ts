import { AuditLog } from '@yhdessa/audit';
import { finnishDate } from '@yhdessa/platform';
import { claims, type ServiceFixture } from '@yhdessa/testing';
import { Fhir } from 'fhir';
import type { ClientPlanConfig } from '../src/client-plan.config.js';
import { startClientPlan } from './client-plan.fixture.js';
import { fetchParties, planCases, type Party } from './plan-case.fixture.js';
import { pdfText } from './pdf-text.fixture.js';

const day = (offset: number) => finnishDate(new Date(Date.now() + offset * 86_400_000));
/** A resource read back as plain JSON, any path of it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const fourteen = `${Number(day(0).slice(0, 4)) - 14}-01-01`;

/** The plan out of the service: printed as a PDF in fi/sv/en, and exported as HL7 FHIR R4. */
describe('the client plan printed and exported', () => {
  let service: ServiceFixture<ClientPlanConfig>;
  let cases: ReturnType<typeof planCases>;
  const party = {} as Record<'worker' | 'teacher' | 'nurse' | 'mother' | 'foster' | 'aino' | 'outsider', Party>;
  let caseId: string;
  let hash: string;

  const id = (who: Party) => claims(who.token).sub;
  const call = (method: string, path: string, who: Party, body?: unknown) => service.call(method, path, who.token, body);
  const download = (path: string, who: Party) =>
    fetch(`${service.url}${path}`, { headers: { authorization: `Bearer ${who.token}` } });
  const content = () => ({
    needs: [{ id: 'n1', text: 'Rauhalliset illat ja tuki koulussa', source: null }],
    goals: [{ id: 'g1', professional: 'Aino käy koulua joka päivä', childWords: 'Haluan pysyä tällä luokalla', needIds: ['n1'] }],
    actions: [
      {
        id: 'a-school',
        what: 'Tukiopetus kahdesti viikossa',
        agency: 'school',
        responsible: { userId: id(party.teacher), name: 'Anna Laine' },
        start: day(0),
        due: day(90),
        goalIds: ['g1'],
      },
      {
        id: 'a-psy',
        what: 'Nuorisopsykiatrian sairaanhoitajan tapaaminen kerran kuussa',
        agency: 'psychiatry',
        responsible: { userId: id(party.nurse), name: 'Pekka Nurmi' },
        start: day(0),
        due: day(120),
        goalIds: ['g1'],
      },
    ],
    services: [{ id: 's1', name: 'Perhetyö', agency: 'child-protection' }],
    participants: [{ name: 'Aino', part: 'lapsi' }],
    childView: { howFoundOut: 'Tapaaminen koulussa', view: 'Aino haluaa pysyä luokallaan ystäviensä kanssa.' },
    disagreements: [{ id: 'd1', topic: 'Illat', view: 'Aino on arki-iltaisin liian myöhään ulkona', heldBy: 'koulu' }],
    reviewOn: day(180),
  });

  beforeAll(async () => {
    service = await startClientPlan('yhdessa_test_client_plan_documents');
    cases = planCases(service);
    Object.assign(party, await fetchParties(['worker', 'teacher', 'nurse', 'mother', 'foster', 'aino', 'outsider']));

    // Aino's plan: the mother declines round 1 with her reason, everyone signs round 2.
    caseId = await cases.open([party.worker, party.teacher, party.nurse, party.mother, party.foster, party.aino]);
    expect((await call('POST', `/cases/${caseId}/plan`, party.worker, { childDateOfBirth: fourteen })).status).toBe(201);
    const saved = await call('PUT', `/cases/${caseId}/plan/draft`, party.worker, {
      base: { version: 1, revision: 1 },
      content: content(),
    });
    hash = saved.body.open.contentHash;
    const answer = (who: Party, answerWith = 'sign', remark?: string) =>
      call('POST', `/cases/${caseId}/plan/versions/1/answers`, who, { answer: answerWith, contentHash: hash, remark });
    await call('POST', `/cases/${caseId}/plan/versions/1/sign-off`, party.worker, {});
    expect((await answer(party.mother, 'decline', 'Illat eivät ole sellaiset kuin koulu sanoo.')).status).toBe(200);
    await call('POST', `/cases/${caseId}/plan/versions/1/sign-off`, party.worker, {});
    for (const who of [party.teacher, party.nurse, party.mother, party.foster]) expect((await answer(who)).status).toBe(200);
    expect((await answer(party.aino, 'comment', 'Tukiopetus on ihan hyvä.')).status).toBe(200);
    expect((await answer(party.worker)).body.inForce).toMatchObject({ version: 1, status: 'in-force', contentHash: hash });
  }, 120_000);

  afterAll(async () => {
    await service?.close();
  });

  describe('the printed plan', () => {
    it('prints the version in Finnish with its content hash, its content and the signature record, declines with their reasons', async () => {
      const answer = await download(`/cases/${caseId}/plan/versions/1/pdf?lang=fi`, party.mother);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/pdf');
      expect(answer.headers.get('cache-control')).toBe('private, no-store');
      const { text, title } = await pdfText(new Uint8Array(await answer.arrayBuffer()));
      expect(title).toBe('Asiakassuunnitelma – Versio 1: voimassa');
      expect(text).toContain('Versio 1: voimassa');
      expect(text).toContain(`Sisällön tunniste (SHA-256): ${hash}`);
      for (const said of [
        'Rauhalliset illat ja tuki koulussa',
        'Haluan pysyä tällä luokalla',
        'Tukiopetus kahdesti viikossa',
        'Nuorisopsykiatrian sairaanhoitajan tapaaminen kerran kuussa', // the family sees the whole plan
        'Aino on arki-iltaisin liian myöhään ulkona',
      ])
        expect(text).toContain(said);
      // The signature record: every answer of every round, who, which hash, the decline's reason.
      const record = text.slice(text.indexOf('Allekirjoitustiedot'));
      // (PDF.js gives the bold decision as a text item of its own, hence the space before the colon.)
      expect(record.match(/Allekirjoitti ?: /g)).toHaveLength(5);
      for (const signer of ['Sari Virtanen', 'Anna Laine', 'Pekka Nurmi', 'Liisa Aalto', 'Riitta Hakala'])
        expect(record).toMatch(new RegExp(`Allekirjoitti ?: ${signer} \\(.*?, kierros 2 Sisällön tunniste: ${hash}`));
      expect(record).toMatch(/Kieltäytyi ?: Liisa Aalto \(perhe\), .*kierros 1/);
      expect(record).toContain('Perustelu tai kommentti: Illat eivät ole sellaiset kuin koulu sanoo.');
      expect(record).toMatch(/Kommentoi ?: Aino Aalto/);
      expect(record.split(`Sisällön tunniste: ${hash}`)).toHaveLength(8); // seven answers, each binding the hash
    }, 30_000);

    it('prints in Swedish and English, and shows the school only what it may see', async () => {
      const swedish = await pdfText(
        new Uint8Array(await (await download(`/cases/${caseId}/plan/versions/1/pdf?lang=sv`, party.teacher)).arrayBuffer()),
      );
      expect(swedish.text).toContain('Klientplan');
      expect(swedish.text).toContain('Version 1: gäller');
      expect(swedish.text).toContain(`Innehållets kännetecken (SHA-256): ${hash}`);
      expect(swedish.text).toMatch(/Avböjde ?: Liisa Aalto \(familj\)/);
      expect(swedish.text).toContain('Tukiopetus kahdesti viikossa');
      expect(swedish.text).not.toContain('Nuorisopsykiatrian'); // health, without consent
      expect(swedish.text).toContain('Andra aktörers åtgärder som du inte kan se utan familjens samtycke: 1.');
      const english = await pdfText(
        new Uint8Array(await (await download(`/cases/${caseId}/plan/versions/1/pdf?lang=en`, party.worker)).arrayBuffer()),
      );
      expect(english.text).toContain('Client plan');
      expect(english.text).toContain(`Content fingerprint (SHA-256): ${hash}`);
      expect(english.text).toMatch(/Declined ?: Liisa Aalto \(family\)/);
    }, 30_000);

    it('is refused outside the care team as if there were no case, for an unknown language or version; every print audited', async () => {
      expect((await download(`/cases/${caseId}/plan/versions/1/pdf`, party.outsider)).status).toBe(404);
      const badLanguage = await download(`/cases/${caseId}/plan/versions/1/pdf?lang=de`, party.worker);
      expect(badLanguage.status).toBe(400);
      expect(((await badLanguage.json()) as { code: string }).code).toBe('validation_failed');
      const noVersion = await download(`/cases/${caseId}/plan/versions/9/pdf`, party.worker);
      expect(((await noVersion.json()) as { code: string }).code).toBe('plan_version_not_found');
      const prints = (await service.app.get(AuditLog).forCase(caseId)).filter((record) => record.resource === 'client-plan-pdf');
      const classesOf = (who: Party) =>
        prints
          .filter((record) => record.actor.userId === id(who))
          .map((record) => record.informationClass)
          .sort();
      expect(classesOf(party.mother)).toEqual(['health', 'school', 'shared-plan']);
      expect(classesOf(party.teacher)).toEqual(['school', 'shared-plan']);
    }, 30_000);
  });

  describe('the FHIR R4 export', () => {
    const validate = (resource: object) => new Fhir().validate(resource, { errorOnUnexpected: true });
    // Parsed here, not by fetch's json(): the validator tells arrays by instanceof, which holds only for this test's own realm.
    const asJson = async <T>(answer: Response): Promise<T> => JSON.parse(await answer.text()) as T;

    it('exports the plan in force as a Bundle that FHIR R4’s own definitions find valid: CarePlan, Goals, CareTeam, Provenance per signature', async () => {
      const answer = await download(`/cases/${caseId}/plan/fhir`, party.mother);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
      const bundle = await asJson<{ resourceType: string; entry: { resource: Json }[] }>(answer);
      expect(validate(bundle).messages).toEqual([]);
      expect(validate(bundle).valid).toBe(true);
      const resources = bundle.entry.map((entry) => entry.resource);
      expect(resources.map((resource) => resource.resourceType)).toEqual([
        'CarePlan',
        'Goal',
        'CareTeam',
        ...Array.from({ length: 5 }, () => 'Provenance'),
      ]);
      const [carePlan, goal, careTeam] = resources;
      expect(carePlan).toMatchObject({ status: 'active', intent: 'plan', subject: { identifier: { value: caseId } } });
      expect(carePlan.activity.map((activity: Json) => activity.detail.description)).toEqual([
        'Tukiopetus kahdesti viikossa',
        'Nuorisopsykiatrian sairaanhoitajan tapaaminen kerran kuussa',
        'Perhetyö',
      ]);
      expect(goal.note).toEqual([{ authorString: 'lapsi', text: 'Haluan pysyä tällä luokalla' }]);
      expect(careTeam.participant).toHaveLength(6);
      const signers = resources
        .slice(3)
        .map((provenance) => [provenance.agent[0].who.identifier.value, provenance.entity[0].what.identifier.value]);
      expect(signers.sort()).toEqual(
        [party.worker, party.teacher, party.nurse, party.mother, party.foster].map((who) => [id(who), hash]).sort(),
      );
    }, 30_000);

    it('shows the school only its own action, is refused outside the care team and before a version is in force; audited', async () => {
      const school = await asJson<{ entry: { resource: Json }[] }>(await download(`/cases/${caseId}/plan/fhir`, party.teacher));
      expect(validate(school).valid).toBe(true);
      expect(school.entry[0]!.resource.activity.map((activity: Json) => activity.detail.description)).toEqual([
        'Tukiopetus kahdesti viikossa',
        'Perhetyö',
      ]);
      expect((await download(`/cases/${caseId}/plan/fhir`, party.outsider)).status).toBe(404);
      const draftOnly = await cases.open([party.worker]);
      await call('POST', `/cases/${draftOnly}/plan`, party.worker, { childDateOfBirth: fourteen });
      const notInForce = await download(`/cases/${draftOnly}/plan/fhir`, party.worker);
      expect(notInForce.status).toBe(404);
      expect(((await notInForce.json()) as { code: string }).code).toBe('plan_not_in_force');
      const exports = (await service.app.get(AuditLog).forCase(caseId)).filter(
        (record) => record.resource === 'client-plan-fhir',
      );
      expect(
        exports
          .filter((record) => record.actor.userId === id(party.teacher))
          .map((record) => record.informationClass)
          .sort(),
      ).toEqual(['school', 'shared-plan']);
    }, 30_000);
  });
});
