import { auditRecordsTopic, type AccessRecordedV1, type Envelope } from '@yhdessa/contracts';
import { InboxProcessor, toKafkaMessage } from '@yhdessa/messaging';
import { finnishDate, newId, routeSchemas } from '@yhdessa/platform';
import { connectTestProducer, expectEventually, fetchToken } from '@yhdessa/testing';
import type { Producer } from 'kafkajs';
import { AccessReportController } from '../src/access-report/access-report.controller.js';
import { childIdentityCode } from './child-identity.fixture.js';
import { claims, startCaseCoordination, type Answer, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';

/**
 * "Who has looked at our information": every audited read goes from the audit log through the outbox
 * and `audit.records` into the case's access report, which the guardians, the young person from 15 and
 * the responsible worker read, newest first; reading it is audited too.
 */

const people = ['sari.virtanen', 'anna.laine', 'hanna.makinen', 'liisa.aalto', 'aino.aalto', 'ville.heikkinen'] as const;
type Person = (typeof people)[number];

interface Entry {
  recordId: string;
  accessedAt: string;
  service: string;
  actor: { userId: string; displayName: string | null; agency: string; role: string };
  action: string;
  informationClass: string;
  resource: string;
  purpose: string;
  disclosedToAgency: string | null;
}

/** Seconds within which an access is listed. */
const LISTED_WITHIN_MS = 10_000;

describe('the access report: who has looked at the child’s data', () => {
  let service: CaseCoordinationUnderTest;
  const tokens = {} as Record<Person, string>;
  const opened: string[] = [];
  let young: string;
  let producer: Producer;

  const call = (method: string, path: string, person: Person, body?: unknown): Promise<Answer> =>
    service.call(method, path, tokens[person], body);
  const person = (who: Person) => claims(tokens[who]);
  const report = (caseId: string, who: Person, query = '') => call('GET', `/cases/${caseId}/access-report${query}`, who);
  const entriesFor = async (caseId: string, who: Person = 'liisa.aalto'): Promise<Entry[]> => {
    const answer = await report(caseId, who, '?limit=200');
    expect(answer.status).toBe(200);
    return answer.body.entries as Entry[];
  };

  /** A case of Sari's with a teacher, a psychiatry clinician, the guardian and the child on its care team. */
  async function openCase(dateOfBirth: string): Promise<string> {
    const created = await call('POST', '/cases', 'sari.virtanen', {
      origin: 'child-welfare-notification',
      receivedAt: new Date(Date.now() - 86_400_000).toISOString(),
      language: 'fi',
      child: { name: `Report Child ${newId().slice(-6)}`, personalIdentityCode: childIdentityCode(dateOfBirth), dateOfBirth },
      guardians: [{ name: 'Liisa Aalto', userId: person('liisa.aalto').sub }],
      notification: { channel: 'school', notifierName: null, content: 'Absent from school for two weeks.' },
    });
    expect(created.status).toBe(201);
    const caseId: string = created.body.id;
    opened.push(caseId);
    const members: Array<[Person, string, string, string]> = [
      ['anna.laine', 'school', 'professional', 'class teacher'],
      ['hanna.makinen', 'psychiatry', 'professional', 'psychiatry clinician'],
      ['liisa.aalto', 'family', 'guardian', 'mother'],
      ['aino.aalto', 'family', 'child', 'the child'],
    ];
    for (const [who, agency, participantKind, roleInCase] of members) {
      const added = await call('POST', `/cases/${caseId}/care-team`, 'sari.virtanen', {
        userId: person(who).sub,
        displayName: person(who).name,
        agency,
        participantKind,
        roleInCase,
        since: finnishDate(new Date()),
      });
      expect(added.status).toBe(201);
    }
    return caseId;
  }

  let caseId: string;

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_access_report');
    for (const who of people) tokens[who] = await fetchToken(who);
    caseId = await openCase('2016-05-05');
    young = await openCase('2010-02-01');
    producer = await connectTestProducer('access-report-test');
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect();
    for (const id of opened) await call('POST', `/cases/${id}/close`, 'sari.virtanen', { reason: 'test finished' });
    await service?.close();
  });

  it("lists a teacher's read of the case for the guardian within seconds: who, when, what and why", async () => {
    const before = Date.now();
    expect((await call('GET', `/cases/${caseId}`, 'anna.laine')).status).toBe(200);
    const after = Date.now();

    const read = await expectEventually(
      async () => {
        const found = (await entriesFor(caseId)).filter(
          (entry) => entry.actor.userId === person('anna.laine').sub && entry.resource === 'case',
        );
        expect(found).toHaveLength(1);
        return found[0]!;
      },
      LISTED_WITHIN_MS,
      200,
    );

    expect(read).toEqual({
      recordId: expect.any(String),
      accessedAt: expect.any(String),
      service: 'case-coordination',
      actor: { userId: person('anna.laine').sub, displayName: person('anna.laine').name, agency: 'school', role: 'teacher' },
      action: 'read',
      informationClass: 'child-protection',
      resource: 'case',
      purpose: 'care-team-work',
      disclosedToAgency: null,
    });
    expect(Date.parse(read.accessedAt)).toBeGreaterThanOrEqual(before - 1_000);
    expect(Date.parse(read.accessedAt)).toBeLessThanOrEqual(after + 1_000);
    // Exactly what the route documents (its OpenAPI answer).
    const page = (await report(caseId, 'liisa.aalto')).body;
    expect(routeSchemas(AccessReportController, 'read').response!.parse(page)).toEqual(page);
    // The same record, as the teacher's service wrote it in its own audit log.
    const [logged] = await service.dataSource.query('SELECT case_id, actor_user_id, resource FROM audit_record WHERE id = $1', [
      read.recordId,
    ]);
    expect(logged).toEqual({ case_id: caseId, actor_user_id: person('anna.laine').sub, resource: 'case' });
  }, 30_000);

  it('is for the guardian, the responsible worker and the young person from 15; anyone else gets the 404 of an unknown case', async () => {
    expect((await report(caseId, 'liisa.aalto')).status).toBe(200);
    expect((await report(caseId, 'sari.virtanen')).status).toBe(200);
    expect((await report(young, 'aino.aalto')).status).toBe(200);
    const unknown = await report(newId(), 'liisa.aalto');
    expect(unknown).toMatchObject({ status: 404, body: { code: 'case_not_found' } });
    for (const [id, who] of [
      [caseId, 'aino.aalto'], // 10 years old: her guardians ask for her
      [caseId, 'anna.laine'], // on the care team, but the report is not hers to read
      [caseId, 'hanna.makinen'],
      [caseId, 'ville.heikkinen'], // not on the care team at all
    ] as const) {
      const refused = await report(id, who);
      expect({ who, status: refused.status, type: refused.type, code: refused.body?.code }).toEqual({
        who,
        status: 404,
        type: unknown.type,
        code: 'case_not_found',
      });
    }
  }, 30_000);

  it('lists reading the report itself', async () => {
    expect((await report(caseId, 'liisa.aalto')).status).toBe(200);
    const own = await expectEventually(
      async () => {
        const found = (await entriesFor(caseId, 'sari.virtanen')).filter(
          (entry) => entry.resource === 'access-report' && entry.actor.userId === person('liisa.aalto').sub,
        );
        expect(found.length).toBeGreaterThan(0);
        return found[0]!;
      },
      LISTED_WITHIN_MS,
      200,
    );
    expect(own).toMatchObject({
      actor: { displayName: person('liisa.aalto').name, agency: 'family', role: 'guardian' },
      purpose: 'guardian-access-request',
    });
  }, 30_000);

  it('does not put reads on the case timeline', async () => {
    await expectEventually(async () => expect((await entriesFor(caseId)).length).toBeGreaterThan(2), LISTED_WITHIN_MS, 200);
    const timeline = await call('GET', `/cases/${caseId}/timeline`, 'sari.virtanen');
    expect(timeline.status).toBe(200);
    expect(
      (timeline.body as Array<{ event: string }>)
        .map((entry) => entry.event)
        .filter((event) => event.startsWith('AccessRecorded')),
    ).toEqual([]);
  }, 30_000);

  it('pages newest first: following nextBefore gives every entry once, in order', async () => {
    for (const path of [`/cases/${young}`, `/cases/${young}/care-team`, `/cases/${young}/timeline`, `/cases/${young}/consents`]) {
      expect((await call('GET', path, 'anna.laine')).status).toBe(200);
    }
    await expectEventually(
      async () => {
        const entries = await entriesFor(young, 'aino.aalto');
        expect(entries.filter((entry) => entry.actor.userId === person('anna.laine').sub)).toHaveLength(4);
      },
      LISTED_WITHIN_MS,
      200,
    );

    const paged: Entry[] = [];
    let before: string | null = null;
    do {
      const page: Answer = await report(young, 'aino.aalto', `?limit=2${before ? `&before=${before}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.entries.length).toBeLessThanOrEqual(2);
      paged.push(...page.body.entries);
      before = page.body.nextBefore;
    } while (before !== null && paged.length < 200);

    // Reading the report is audited, so newer entries keep arriving on top; the pages after the first
    // follow from it, and together hold every entry from the first page's newest down, each once.
    const all = await entriesFor(young, 'aino.aalto');
    const from = all.findIndex((entry) => entry.recordId === paged[0]!.recordId);
    expect(from).toBeGreaterThanOrEqual(0);
    expect(paged.map((entry) => entry.recordId)).toEqual(all.slice(from).map((entry) => entry.recordId));
    expect(
      paged
        .filter((entry) => entry.actor.userId === person('anna.laine').sub)
        .map((entry) => entry.resource)
        .sort(),
    ).toEqual(['care-team', 'case', 'case-timeline', 'consent']);
    const times = all.map((entry) => Date.parse(entry.accessedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  }, 30_000);

  it('refuses a malformed page with 400 validation_failed', async () => {
    const bad = await report(caseId, 'liisa.aalto', '?limit=0&before=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
    expect(bad.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['before', 'limit']);
  }, 30_000);

  it('takes a record once: the same event replayed, or the record published again under a new event id, changes nothing', async () => {
    const [entry] = (await entriesFor(caseId)).filter((candidate) => candidate.resource === 'case');
    const [{ envelope }]: Array<{ envelope: Envelope<AccessRecordedV1> }> = await service.dataSource.query(
      "SELECT envelope FROM outbox WHERE event_name = 'AccessRecorded.v1' AND envelope->'payload'->>'recordId' = $1",
      [entry!.recordId],
    );
    const inbox = service.app.get(InboxProcessor);
    const duplicates = inbox.stats.duplicate;
    const republished = { ...envelope, id: newId() };
    await producer.send({
      topic: auditRecordsTopic,
      messages: [toKafkaMessage(caseId, 'AccessRecorded.v1', envelope), toKafkaMessage(caseId, 'AccessRecorded.v1', republished)],
    });

    // Handled: the inbox holds the new event id only once its handler has committed.
    await expectEventually(
      async () => {
        const handled = await service.dataSource.query('SELECT 1 FROM inbox WHERE consumer_group = $1 AND event_id = $2', [
          service.config.KAFKA_GROUP_ID,
          republished.id,
        ]);
        expect(handled).toHaveLength(1);
      },
      LISTED_WITHIN_MS,
      200,
    );
    expect(inbox.stats.duplicate).toBeGreaterThan(duplicates);
    expect((await entriesFor(caseId)).filter((candidate) => candidate.recordId === entry!.recordId)).toEqual([entry]);
  }, 30_000);
});
