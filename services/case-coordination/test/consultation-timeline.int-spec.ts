import { systemActor, type Envelope, type EventName, type PayloadOf } from '@yhdessa/contracts';
import { buildEnvelope } from '@yhdessa/messaging';
import { FixedClock, newId } from '@yhdessa/platform';
import { fetchToken } from '@yhdessa/testing';
import { TimelineProjection } from '../src/timeline/timeline.projection.js';
import { childBirthDate, childIdentityCode } from './child-identity.fixture.js';
import { claims, startCaseCoordination, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';
import { closeOpenCases } from './open-cases.fixture.js';

interface Entry {
  event: string;
  informationClass: string;
  details: Record<string, string | number | boolean> | null;
}

/**
 * A consultation on a case reaches its timeline from the booking service's events: its type, time,
 * state and outcome kind for the whole care team, the teacher included, whatever the family's consents;
 * never what it was about nor what a referral says, which stay with the booking service (and its
 * health class with those who see it). A redelivered event adds nothing.
 */
describe('timeline: consultations on the case', () => {
  let service: CaseCoordinationUnderTest;
  let worker: string;
  let teacher: string;

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_consultation_timeline', {
      clock: new FixedClock(new Date('2026-12-01T10:00:00+02:00')),
    });
    worker = await fetchToken('sari.virtanen');
    teacher = await fetchToken('anna.laine');
    await closeOpenCases(service, new Map([[claims(worker).sub, worker]]));
  }, 90_000);

  afterAll(async () => {
    if (service) await closeOpenCases(service, new Map([[claims(worker).sub, worker]]));
    await service?.close();
  });

  const envelope = <N extends EventName>(name: N, caseId: string, payload: PayloadOf<N>, at: string): Envelope =>
    buildEnvelope(name, caseId, payload, {
      id: newId(),
      occurredAt: new Date(at),
      correlationId: newId(),
      causationId: null,
      actor: systemActor('consultation-booking'),
    }) as Envelope;
  const project = (event: Envelope) =>
    service.dataSource.transaction((manager) => service.app.get(TimelineProjection).onEvent(event, manager));
  const consultations = async (token: string, caseId: string) => {
    const timeline = await service.call('GET', `/cases/${caseId}/timeline`, token);
    expect(timeline.status).toBe(200);
    return (timeline.body as Entry[]).filter((entry) => entry.event.startsWith('Consultation'));
  };

  it('tells the whole care team each consultation’s type, time, state and outcome kind, and nothing of what was said', async () => {
    const dateOfBirth = childBirthDate();
    const opened = await service.call('POST', '/cases', worker, {
      origin: 'child-welfare-notification',
      receivedAt: '2026-11-24T09:15:00+02:00',
      language: 'fi',
      child: { name: `Aino Test ${newId().slice(-6)}`, personalIdentityCode: childIdentityCode(dateOfBirth), dateOfBirth },
      guardians: [],
      notification: { channel: 'school', notifierName: 'Anna Laine', content: 'Illat huolestuttavat.' },
    });
    expect(opened.status).toBe(201);
    const caseId: string = opened.body.id;
    const anna = claims(teacher);
    const joined = await service.call('POST', `/cases/${caseId}/care-team`, worker, {
      userId: anna.sub,
      displayName: anna.name,
      agency: 'school',
      participantKind: 'professional',
      roleInCase: 'class teacher',
      since: '2026-12-01',
    });
    expect(joined.status).toBe(201);

    const bookingId = newId();
    const referral = 'Aino kertoo illoista; lähete nuorisopsykiatrialle.';
    const booked = envelope(
      'ConsultationBooked.v1',
      caseId,
      {
        bookingId,
        consultationType: 'psychiatry-liaison',
        anonymous: false,
        startsAt: '2026-12-03T13:00:00+02:00',
        endsAt: '2026-12-03T13:45:00+02:00',
        experts: [{ expertId: newId(), userId: 'pekka', kind: 'liaison-nurse' }],
      },
      '2026-12-01T10:30:00+02:00',
    );
    await project(booked);
    await project(booked);
    await project(
      envelope(
        'ConsultationRescheduled.v1',
        caseId,
        {
          bookingId,
          by: 'expert',
          from: { startsAt: '2026-12-03T13:00:00+02:00', endsAt: '2026-12-03T13:45:00+02:00' },
          to: { startsAt: '2026-12-04T09:00:00+02:00', endsAt: '2026-12-04T09:45:00+02:00' },
        },
        '2026-12-02T08:00:00+02:00',
      ),
    );
    await project(
      envelope(
        'ConsultationConcluded.v1',
        caseId,
        {
          bookingId,
          consultationType: 'psychiatry-liaison',
          anonymous: false,
          outcome: 'referral',
          concludedAt: '2026-12-04T10:00:00+02:00',
          referral: {
            notifier: { userId: 'sari', displayName: 'Sari Virtanen', agency: 'child-protection' },
            school: null,
            ageBand: null,
            concernCategory: null,
            summary: referral,
          },
        },
        '2026-12-04T10:00:00+02:00',
      ),
    );
    const other = newId();
    await project(
      envelope(
        'ConsultationCancelled.v1',
        caseId,
        { bookingId: other, by: 'booker', kind: 'cancelled', startsAt: '2026-12-10T09:00:00+02:00' },
        '2026-12-04T11:00:00+02:00',
      ),
    );
    await project(
      envelope(
        'ConsultationNamed.v1',
        caseId,
        {
          bookingId: other,
          consultationType: 'school-child-protection',
          ground: 'notification-required',
          namedBy: { userId: 'sari', agency: 'child-protection' },
          namedAt: '2026-12-04T12:00:00+02:00',
        },
        '2026-12-04T12:00:00+02:00',
      ),
    );

    const expected = [
      {
        event: 'ConsultationBooked.v1',
        informationClass: 'shared-plan',
        details: { bookingId, consultationType: 'psychiatry-liaison', startsAt: '2026-12-03T13:00:00+02:00', state: 'confirmed' },
      },
      {
        event: 'ConsultationRescheduled.v1',
        informationClass: 'shared-plan',
        details: {
          bookingId,
          previousStartsAt: '2026-12-03T13:00:00+02:00',
          startsAt: '2026-12-04T09:00:00+02:00',
          by: 'expert',
          state: 'confirmed',
        },
      },
      {
        event: 'ConsultationConcluded.v1',
        informationClass: 'shared-plan',
        details: { bookingId, consultationType: 'psychiatry-liaison', outcome: 'referral', state: 'concluded' },
      },
      {
        event: 'ConsultationCancelled.v1',
        informationClass: 'shared-plan',
        details: { bookingId: other, startsAt: '2026-12-10T09:00:00+02:00', by: 'booker', state: 'cancelled' },
      },
      {
        event: 'ConsultationNamed.v1',
        informationClass: 'shared-plan',
        details: { bookingId: other, consultationType: 'school-child-protection', ground: 'notification-required' },
      },
    ];
    // The teacher has no consent to health information, yet sees every entry: none carries any.
    for (const reader of [worker, teacher]) {
      const entries = await consultations(reader, caseId);
      expect(entries.map(({ event, informationClass, details }) => ({ event, informationClass, details }))).toEqual(expected);
      expect(JSON.stringify(entries)).not.toContain('nuorisopsykiatrialle');
    }
    // Nor does the English line kept beside the details.
    const rows: Array<{ summary: string }> = await service.dataSource.query(
      'SELECT summary FROM case_timeline_entry WHERE case_id = $1',
      [caseId],
    );
    expect(rows.map((row) => row.summary).join('\n')).not.toContain('nuorisopsykiatrialle');
  }, 90_000);
});
