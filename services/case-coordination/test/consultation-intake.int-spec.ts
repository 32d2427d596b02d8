import { AuditLog } from '@yhdessa/audit';
import { FixedClock, newId } from '@yhdessa/platform';
import { expectEventually, fetchToken, projectionFeeder } from '@yhdessa/testing';
import type { DataSource } from 'typeorm';
import { IntakeProjection } from '../src/intake/intake.projection.js';
import { childBirthDate, childIdentityCode } from './child-identity.fixture.js';
import { claims, startCaseCoordination, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';

// Journey 1: the consultation ends on 23 December 2026 with the school's notification; intake opens
// Mika's case from it the same day, and the decision on an assessment is due in 7 working days,
// the holidays not counted: 7 January 2027.
const concludedAt = '2026-12-23T11:00:00.000Z';
const clock = new FixedClock(new Date('2026-12-23T15:00:00+02:00'));

describe("child protection's intake of notifications and referrals from consultations", () => {
  let service: CaseCoordinationUnderTest;
  let dataSource: DataSource;
  let worker: string;
  let teacher: string;
  const opened: string[] = [];

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_consultation_intake', { clock });
    dataSource = service.dataSource;
    worker = await fetchToken('sari.virtanen');
    teacher = await fetchToken('anna.laine');
  }, 90_000);

  afterAll(async () => {
    for (const caseId of opened) await service?.call('POST', `/cases/${caseId}/close`, worker, { reason: 'test finished' });
    await service?.close();
  });

  const conclude = (bookingId: string, outcome: 'advice' | 'notification' | 'referral') => {
    const projection = service.app.get(IntakeProjection);
    const feed = projectionFeeder(
      () => dataSource,
      projection,
      { 'ConsultationConcluded.v1': projection.onConcluded },
      new Date(concludedAt),
    );
    return feed('ConsultationConcluded.v1', bookingId, {
      bookingId,
      consultationType: 'school-child-protection',
      anonymous: true,
      outcome,
      concludedAt,
      referral:
        outcome === 'advice'
          ? null
          : {
              notifier: { userId: claims(teacher).sub, displayName: 'Anna Laine', agency: 'school' },
              school: 'Kallion ala-aste',
              ageBand: '7-12',
              concernCategory: 'absence',
              summary: 'Poissaoloja kolme viikkoa; koulu tekee lastensuojeluilmoituksen.',
            },
    });
  };

  const mika = () => {
    const dateOfBirth = childBirthDate();
    return {
      language: 'fi',
      child: { name: `Mika Test ${newId().slice(-6)}`, personalIdentityCode: childIdentityCode(dateOfBirth), dateOfBirth },
      guardians: [{ name: 'Kari Saarinen', userId: null }],
    };
  };

  it("lists the school's notification once however often it comes, and leaves advice with the consultation", async () => {
    const bookingId = newId();
    await conclude(bookingId, 'notification');
    await conclude(bookingId, 'notification');
    await conclude(newId(), 'advice');
    const inbox = await service.call('GET', '/intake', worker);
    expect(inbox.status).toBe(200);
    const mine = inbox.body.filter((item: { bookingId: string }) => item.bookingId === bookingId);
    expect(mine).toEqual([
      expect.objectContaining({
        kind: 'notification',
        receivedAt: concludedAt,
        notifier: expect.objectContaining({ displayName: 'Anna Laine', agency: 'school' }),
        school: 'Kallion ala-aste',
        caseId: null,
      }),
    ]);
    const reads = await dataSource.query("SELECT count(*)::int AS n FROM audit_record WHERE resource = 'consultation-intake'");
    expect(reads[0].n).toBeGreaterThan(0);
    const refused = await service.call('GET', '/intake', teacher);
    expect(refused.status).toBe(403);
  });

  it("opens Mika's case in one step, the notification prefilled and its clock from the day it was received", async () => {
    const bookingId = newId();
    await conclude(bookingId, 'notification');
    const item = (await service.call('GET', '/intake', worker)).body.find(
      (entry: { bookingId: string }) => entry.bookingId === bookingId,
    );
    const child = mika();
    const kase = await service.call('POST', `/intake/${item.itemId}/open-case`, worker, child);
    expect(kase.status).toBe(201);
    opened.push(kase.body.id);
    expect(kase.body).toMatchObject({ origin: 'child-welfare-notification', receivedAt: concludedAt });
    const full = await service.call('GET', `/cases/${kase.body.id}`, worker);
    expect(JSON.stringify(full.body)).toContain('Poissaoloja kolme viikkoa');
    expect(JSON.stringify(full.body)).toContain('Anna Laine');
    // What the consultation told is written in the case's language, Finnish here.
    const told = JSON.stringify(full.body);
    expect(told).toContain('Koulu: Kallion ala-aste');
    expect(told).toContain('Lapsen ikäryhmä: 7–12 vuotta');
    expect(told).toContain('Huolen aihe: poissaolot');
    expect(told).not.toMatch(/School:|Age band:|Concern:/);
    const deadlines = await service.call('GET', `/cases/${kase.body.id}/deadlines`, worker);
    expect(deadlines.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'assessment-start-decision', dueOn: '2027-01-07' })]),
    );
    // Out of the inbox, and never opened twice.
    const inbox = (await service.call('GET', '/intake', worker)).body;
    expect(inbox.some((entry: { bookingId: string }) => entry.bookingId === bookingId)).toBe(false);
    const again = await service.call('POST', `/intake/${item.itemId}/open-case`, worker, mika());
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('intake_item_already_opened');
    await expectEventually(async () => expect((await service.app.get(AuditLog).forCase(kase.body.id)).length).toBeGreaterThan(0));
  });

  it('opens nothing when the child is refused, and the item keeps waiting', async () => {
    const bookingId = newId();
    await conclude(bookingId, 'referral');
    const item = (await service.call('GET', '/intake', worker)).body.find(
      (entry: { bookingId: string }) => entry.bookingId === bookingId,
    );
    const bad = await service.call('POST', `/intake/${item.itemId}/open-case`, worker, {
      ...mika(),
      child: { name: 'Mika', personalIdentityCode: '010101-0000' },
    });
    expect(bad.status).toBe(400);
    const still = (await service.call('GET', '/intake', worker)).body.find(
      (entry: { bookingId: string }) => entry.bookingId === bookingId,
    );
    expect(still).toMatchObject({ kind: 'referral', caseId: null });
    const unknown = await service.call('POST', `/intake/${newId()}/open-case`, worker, mika());
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('intake_item_not_found');
  });
});
