import { AuditLog } from '@yhdessa/audit';

import { newId, finnishDate } from '@yhdessa/platform';
import { fetchToken, openTestDatabase } from '@yhdessa/testing';
import type { DataSource } from 'typeorm';
import { closeOpenCases } from './open-cases.fixture.js';
import { claims, startCaseCoordination, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';

/** An ISO day some days from today (Finnish calendar). */
const inDays = (days: number) => finnishDate(new Date(Date.now() + days * 86_400_000));
/** A date of birth that makes the child `years` old today, two months past the birthday. */
const bornYearsAgo = (years: number) => {
  const day = new Date();
  day.setUTCMonth(day.getUTCMonth() - 12 * years - 2);
  return day.toISOString().slice(0, 10);
};

describe('consents over HTTP with real tokens', () => {
  let service: CaseCoordinationUnderTest;
  let dataSource: DataSource;
  /** The tables' owner: the service's own role may not change the schema. */
  let owner: DataSource;
  let worker: string;
  let guardian: string;

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_consent_api');
    dataSource = service.dataSource;
    owner = await openTestDatabase({ database: 'yhdessa_test_consent_api', entities: [] });
    worker = await fetchToken('sari.virtanen');
    await closeOpenCases(service, new Map([[claims(worker).sub, worker]])); // earlier runs' cases, within the caseload limit
    guardian = await fetchToken('liisa.aalto');
  }, 90_000);

  afterAll(async () => {
    await owner?.destroy();
    await service?.close();
  });

  const call = (method: string, path: string, token: string | undefined, body?: unknown) =>
    service.call(method, path, token, body);

  /** A case about a child of the given age, opened by the social worker, with the guardians the case records. */
  async function openCase(age: number, guardians: Array<{ name: string; userId: string | null }> = []): Promise<string> {
    const opened = await call('POST', '/cases', worker, {
      origin: 'child-welfare-notification',
      receivedAt: new Date().toISOString(),
      language: 'fi',
      child: { name: 'Aino Aalto', dateOfBirth: bornYearsAgo(age) },
      guardians,
      notification: { channel: 'school', content: 'Worried about the child.' },
    });
    expect(opened.status).toBe(201);
    return opened.body.id as string;
  }

  async function join(
    caseId: string,
    username: string,
    agency: string,
    participantKind: string,
    roleInCase: string,
  ): Promise<void> {
    const person = claims(await fetchToken(username));
    const added = await call('POST', `/cases/${caseId}/care-team`, worker, {
      userId: person.sub,
      displayName: person.name,
      agency,
      participantKind,
      roleInCase,
      since: inDays(0),
    });
    expect(added.status).toBe(201);
  }

  const healthToSchool = () => ({ informationClass: 'health', toAgency: 'school', validFrom: inDays(0), validUntil: inDays(90) });
  const writes = async (caseId: string) => ({
    consents: (await dataSource.query('SELECT count(*)::int AS n FROM case_consent WHERE case_id = $1', [caseId]))[0].n as number,
    events: (
      await dataSource.query("SELECT count(*)::int AS n FROM outbox WHERE message_key = $1 AND event_name LIKE 'Consent%'", [
        caseId,
      ])
    )[0].n as number,
  });

  it("records a guardian's written consent for the social worker, its event in the outbox with it", async () => {
    const liisa = claims(guardian);
    const caseId = await openCase(12, [{ name: 'Liisa Aalto', userId: liisa.sub }]);
    const given = await call('POST', `/cases/${caseId}/consents`, worker, {
      ...healthToSchool(),
      givenBy: { role: 'guardian', name: 'liisa aalto' },
      method: 'written',
    });
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({
      givenBy: { name: 'Liisa Aalto', role: 'guardian', userId: liisa.sub },
      method: 'written',
      recordedBy: { userId: claims(worker).sub },
      withdrawn: null,
      inForce: true,
    });
    const [event] = await dataSource.query(
      "SELECT envelope FROM outbox WHERE message_key = $1 AND event_name = 'ConsentGiven.v1'",
      [caseId],
    );
    expect(event.envelope).toMatchObject({
      caseId,
      actor: { userId: claims(worker).sub, role: 'cp-social-worker' },
      payload: {
        consentId: given.body.consentId,
        informationClass: 'health',
        toAgency: 'school',
        method: 'written',
        givenBy: { role: 'guardian', userId: liisa.sub },
      },
    });
    // The giver's name stays with the case: every consuming service gets the event.
    expect(event.envelope.payload.givenBy).toEqual({ role: 'guardian', userId: liisa.sub });
    expect(JSON.stringify(event.envelope)).not.toMatch(/Liisa|Aalto/i);
  });

  it('writes the consent only if its event is written too: one transaction', async () => {
    const caseId = await openCase(12, [{ name: 'Liisa Aalto', userId: null }]);
    // This test's own database: make the outbox refuse this case's consent event, and only that.
    const trigger = `refuse_consent_${caseId.replaceAll('-', '')}`;
    await owner.query(`
      CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'outbox refused'; END $$`);
    await owner.query(`
      CREATE TRIGGER ${trigger} BEFORE INSERT ON outbox FOR EACH ROW
      WHEN (NEW.message_key = '${caseId}' AND NEW.event_name = 'ConsentGiven.v1') EXECUTE FUNCTION ${trigger}()`);
    try {
      const failed = await call('POST', `/cases/${caseId}/consents`, worker, {
        ...healthToSchool(),
        givenBy: { role: 'guardian', name: 'Liisa Aalto' },
        method: 'verbal',
      });
      expect(failed.status).toBe(500);
    } finally {
      await owner.query(`DROP TRIGGER ${trigger} ON outbox`);
      await owner.query(`DROP FUNCTION ${trigger}()`);
    }
    expect(await writes(caseId)).toEqual({ consents: 0, events: 0 });
  });

  it('lets a guardian on the care team give her own consent and withdraw it, at once', async () => {
    const caseId = await openCase(12);
    expect((await call('POST', `/cases/${caseId}/consents`, guardian, healthToSchool())).body.code).toBe('case_not_found');
    await join(caseId, 'liisa.aalto', 'family', 'guardian', 'mother');

    const given = await call('POST', `/cases/${caseId}/consents`, guardian, healthToSchool());
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({
      givenBy: { name: 'Liisa Aalto', role: 'guardian', userId: claims(guardian).sub },
      method: 'electronic',
      inForce: true,
    });

    const withdrawn = await call('POST', `/cases/${caseId}/consents/${given.body.consentId}/withdraw`, guardian);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ withdrawn: { by: { name: 'Liisa Aalto', role: 'guardian' } }, inForce: false });
    const listed = await call('GET', `/cases/${caseId}/consents`, guardian);
    expect(listed.body).toEqual([withdrawn.body]);
    const events = await dataSource.query(
      "SELECT event_name, envelope FROM outbox WHERE message_key = $1 AND event_name LIKE 'Consent%' ORDER BY seq",
      [caseId],
    );
    expect(events.map((row: { event_name: string }) => row.event_name)).toEqual(['ConsentGiven.v1', 'ConsentWithdrawn.v1']);
    expect(events[1].envelope.payload).toEqual({
      consentId: given.body.consentId,
      withdrawnBy: { role: 'guardian' },
      withdrawnAt: withdrawn.body.withdrawn.at,
    });

    const again = await call('POST', `/cases/${caseId}/consents/${given.body.consentId}/withdraw`, guardian);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('consent_already_withdrawn');
    expect((await call('POST', `/cases/${caseId}/consents/${newId()}/withdraw`, guardian)).body).toMatchObject({
      status: 404,
      code: 'consent_not_found',
    });
  });

  it("doesn't let a teacher record a consent, nor a social worker outside the care team reach one", async () => {
    const caseId = await openCase(12, [{ name: 'Liisa Aalto', userId: null }]);
    await join(caseId, 'anna.laine', 'school', 'professional', 'class teacher');
    const recordFor = { ...healthToSchool(), givenBy: { role: 'guardian', name: 'Liisa Aalto' }, method: 'written' };
    const teacher = await call('POST', `/cases/${caseId}/consents`, await fetchToken('anna.laine'), recordFor);
    expect(teacher.status).toBe(403);
    expect(teacher.body.code).toBe('role_required');
    const outsider = await call('POST', `/cases/${caseId}/consents`, await fetchToken('jukka.lehto'), recordFor);
    expect(outsider.status).toBe(404);
    expect(outsider.body.code).toBe('case_not_found');
    expect(await writes(caseId)).toEqual({ consents: 0, events: 0 });
  });

  it('refuses the young person under 15, in person or through the social worker, and hears them from 15', async () => {
    const child = await fetchToken('aino.aalto');
    const young = await openCase(14);
    await join(young, 'aino.aalto', 'family', 'child', 'the child');
    const own = await call('POST', `/cases/${young}/consents`, child, healthToSchool());
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('young_person_under_15');
    const spoken = await call('POST', `/cases/${young}/consents`, worker, {
      ...healthToSchool(),
      givenBy: { role: 'young-person' },
      method: 'verbal',
    });
    expect(spoken.body.code).toBe('young_person_under_15');
    expect(await writes(young)).toEqual({ consents: 0, events: 0 });

    const older = await openCase(16);
    await join(older, 'aino.aalto', 'family', 'child', 'the child');
    const given = await call('POST', `/cases/${older}/consents`, child, healthToSchool());
    expect(given.status).toBe(201);
    expect(given.body.givenBy).toEqual({ name: 'Aino Aalto', role: 'young-person', userId: claims(child).sub });
  });

  it('refuses a bad period with a 400 problem, and writes nothing', async () => {
    const caseId = await openCase(12, [{ name: 'Liisa Aalto', userId: null }]);
    const record = (period: object) =>
      call('POST', `/cases/${caseId}/consents`, worker, {
        ...healthToSchool(),
        givenBy: { role: 'guardian', name: 'Liisa Aalto' },
        method: 'written',
        ...period,
      });
    for (const period of [
      { validUntil: inDays(0) },
      { validFrom: inDays(10), validUntil: inDays(5) },
      { validFrom: inDays(-1) },
      { validUntil: inDays(400) },
    ]) {
      const refused = await record(period);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ code: 'consent_period_invalid', maxValidityMonths: 12 });
    }
    const malformed = await record({ validUntil: '2026-02-30' });
    expect(malformed.body.code).toBe('validation_failed');
    expect(await writes(caseId)).toEqual({ consents: 0, events: 0 });
  });

  it('keeps one consent in force per information, agency and day, and audits every read of the list', async () => {
    const caseId = await openCase(12, [{ name: 'Liisa Aalto', userId: null }]);
    const record = { ...healthToSchool(), givenBy: { role: 'guardian', name: 'Liisa Aalto' }, method: 'written' };
    expect((await call('POST', `/cases/${caseId}/consents`, worker, record)).status).toBe(201);
    const twice = await call('POST', `/cases/${caseId}/consents`, worker, { ...record, validFrom: inDays(30) });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('consent_already_given');
    expect((await call('POST', `/cases/${caseId}/consents`, worker, { ...record, toAgency: 'psychiatry' })).status).toBe(201);

    const listed = await call('GET', `/cases/${caseId}/consents`, worker);
    expect(listed.body.map((consent: { toAgency: string }) => consent.toAgency)).toEqual(['school', 'psychiatry']);
    const records = await service.app.get(AuditLog).forCase(caseId);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      action: 'read',
      resource: 'consent',
      informationClass: 'shared-plan',
      actor: { userId: claims(worker).sub },
    });
  });
});
