import { systemActor, type EventName, type PayloadOf } from '@yhdessa/contracts';
import { buildEnvelope } from '@yhdessa/messaging';
import { newId } from '@yhdessa/platform';
import { timelineDetails } from './timeline-details.js';

const detailsOf = <N extends EventName>(name: N, payload: PayloadOf<N>) =>
  timelineDetails(
    name,
    buildEnvelope(name, newId(), payload, {
      id: newId(),
      occurredAt: new Date('2026-12-23T10:00:00Z'),
      correlationId: 'c',
      causationId: null,
      actor: systemActor('spec'),
    }),
  );
const id = '00000000-0000-4000-8000-000000000001';
const override = { byUserId: 'manager', reason: 'Sibling of a child in her caseload, Mika M.' };

describe('timeline details', () => {
  it('names a professional who joined the care team, and a family member only by their part', () => {
    const member = {
      memberId: id,
      userId: 'u',
      agency: 'school',
      roleInCase: 'class teacher',
      since: '2026-12-23',
      until: null,
    } as const;
    expect(
      detailsOf('CareTeamMemberAdded.v1', { ...member, displayName: 'Anna Laine', participantKind: 'professional' }),
    ).toEqual({
      participantKind: 'professional',
      agency: 'school',
      name: 'Anna Laine',
    });
    expect(
      detailsOf('CareTeamMemberAdded.v1', {
        ...member,
        agency: 'family',
        displayName: 'Leena Mäkelä',
        participantKind: 'guardian',
      }),
    ).toEqual({ participantKind: 'guardian', agency: 'family' });
  });

  it('tells that a caseload went over the limit, never why', () => {
    const opened = detailsOf('CaseOpened.v2', {
      origin: 'child-welfare-notification',
      receivedAt: '2026-12-23T07:15:00.000Z',
      responsibleWorker: { userId: 'sari', displayName: 'Sari Virtanen' },
      language: 'fi',
      caseloadOverride: override,
    });
    expect(opened).toEqual({ origin: 'child-welfare-notification', responsibleWorker: 'Sari Virtanen', overLimit: true });
    const reopened = detailsOf('CaseReopened.v1', { reason: 'New notification', reopenedAt: '2026-12-23T10:00:00.000Z' });
    expect(reopened).toEqual({ overLimit: false });
  });

  it('leaves out every free text: a closing reason, a decline’s reason, a meeting’s decisions', () => {
    expect(detailsOf('CaseClosed.v1', { reason: 'Family moved to Tampere', closedAt: '2026-12-23T10:00:00.000Z' })).toEqual({});
    const declined = detailsOf('PlanVersionDeclined.v1', {
      planId: id,
      version: 2,
      round: 1,
      contentHash: 'a'.repeat(64),
      declinedBy: { userId: 'liisa', agency: 'family' },
      reason: 'The plan does not mention Aino’s evenings',
    });
    expect(declined).toEqual({ version: 2, agency: 'family' });
    const minutes = detailsOf('MeetingMinutesFinalised.v1', {
      meetingId: id,
      teamId: id,
      heldOn: '2026-12-22',
      decisions: [{ decisionId: id, summary: 'Mika meets the school nurse weekly', taskOwnerId: null, dueOn: null }],
      finalisedAt: '2026-12-22T12:00:00.000Z',
    });
    expect(minutes).toEqual({ heldOn: '2026-12-22', decisions: 1 });
  });

  it('carries a consent’s codes and date, and who gave it by role', () => {
    expect(
      detailsOf('ConsentGiven.v1', {
        consentId: id,
        givenBy: { role: 'guardian', userId: null },
        method: 'written',
        informationClass: 'health',
        toAgency: 'school',
        validFrom: '2026-12-23',
        validUntil: '2027-06-30',
        givenAt: '2026-12-23T10:00:00.000Z',
      }),
    ).toEqual({ givenBy: 'guardian', informationClass: 'health', toAgency: 'school', validUntil: '2027-06-30' });
  });

  it('tells a consultation’s type, time, state and outcome kind, never what it was about or what the expert said', () => {
    const experts = [{ expertId: id, userId: 'pekka', kind: 'liaison-nurse' as const }];
    expect(
      detailsOf('ConsultationBooked.v1', {
        bookingId: id,
        consultationType: 'psychiatry-liaison',
        anonymous: false,
        startsAt: '2026-12-22T09:00:00+02:00',
        endsAt: '2026-12-22T09:45:00+02:00',
        experts,
      }),
    ).toEqual({
      bookingId: id,
      consultationType: 'psychiatry-liaison',
      startsAt: '2026-12-22T09:00:00+02:00',
      state: 'confirmed',
    });
    expect(
      detailsOf('ConsultationRescheduled.v1', {
        bookingId: id,
        by: 'expert',
        from: { startsAt: '2026-12-22T09:00:00+02:00', endsAt: '2026-12-22T09:45:00+02:00' },
        to: { startsAt: '2026-12-23T10:00:00+02:00', endsAt: '2026-12-23T10:45:00+02:00' },
      }),
    ).toEqual({
      bookingId: id,
      previousStartsAt: '2026-12-22T09:00:00+02:00',
      startsAt: '2026-12-23T10:00:00+02:00',
      by: 'expert',
      state: 'confirmed',
    });
    expect(
      detailsOf('ConsultationCancelled.v1', {
        bookingId: id,
        by: 'booker',
        kind: 'no-show',
        startsAt: '2026-12-23T10:00:00+02:00',
      }),
    ).toEqual({ bookingId: id, startsAt: '2026-12-23T10:00:00+02:00', by: 'booker', state: 'no-show' });
    const concluded = detailsOf('ConsultationConcluded.v1', {
      bookingId: id,
      consultationType: 'psychiatry-liaison',
      anonymous: false,
      outcome: 'referral',
      concludedAt: '2026-12-23T11:00:00+02:00',
      referral: {
        notifier: { userId: 'sari', displayName: 'Sari Virtanen', agency: 'child-protection' },
        school: null,
        ageBand: null,
        concernCategory: null,
        summary: 'Aino’s evenings: a referral to youth psychiatry',
      },
    });
    expect(concluded).toEqual({ bookingId: id, consultationType: 'psychiatry-liaison', outcome: 'referral', state: 'concluded' });
  });

  it('tells a late view in the assessment by the invitee’s part and agency and the due date, never their name or id', () => {
    const late = detailsOf('AssessmentInvitationOverdue.v1', {
      assessmentId: id,
      invitationId: id,
      inviteeUserId: 'liisa',
      agency: 'family',
      participantKind: 'guardian',
      dueOn: '2027-01-10',
      responsibleWorkerId: 'sari',
      raisedAt: '2027-01-11T00:01:00+02:00',
    });
    expect(late).toEqual({ participantKind: 'guardian', agency: 'family', dueOn: '2027-01-10' });
  });

  it('has nothing for an event it does not describe: the reader’s app shows the summary', () => {
    expect(detailsOf('CaseState.v1', { careTeam: [], consents: [] })).toBeNull();
  });
});
