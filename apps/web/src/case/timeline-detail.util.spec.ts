import { timelineDetailWords } from './timeline-detail.util.js';

const words: Record<string, string> = {
  'timelineDetail.ConsentGiven': '…',
  'timelineDetail.CaseOpened': '…',
  'timelineDetail.CareTeamMemberAdded.professional': '…',
  'timelineDetail.CareTeamMemberAdded.family': '…',
  'timelineDetail.ServiceNeedsAssessmentDecided.no-start': '…',
  'agency.school': 'koulu',
  'agency.family': 'perhe',
  'participantKind.guardian': 'huoltaja',
  'informationClass.health': 'terveystiedot',
  'consentGiver.guardian': 'huoltaja',
  'origin.child-welfare-notification': 'lastensuojeluilmoitus',
};
const t = (key: string) => words[key] ?? `missing:${key}`;
const has = (key: string) => key in words;

describe('timeline detail words', () => {
  it('words a consent’s codes in the reader’s language and its date the Finnish way', () => {
    const worded = timelineDetailWords(
      'ConsentGiven.v1',
      { givenBy: 'guardian', informationClass: 'health', toAgency: 'school', validUntil: '2027-06-30' },
      t,
      has,
    );
    expect(worded).toEqual({
      key: 'timelineDetail.ConsentGiven',
      values: { givenBy: 'huoltaja', informationClass: 'terveystiedot', toAgency: 'koulu', validUntil: '30.6.2027' },
      overLimit: false,
    });
  });

  it('picks the sentence the details call for: a professional by name, a family member by their part', () => {
    expect(
      timelineDetailWords(
        'CareTeamMemberAdded.v1',
        { participantKind: 'professional', agency: 'school', name: 'Anna Laine' },
        t,
        has,
      ),
    ).toMatchObject({ key: 'timelineDetail.CareTeamMemberAdded.professional', values: { name: 'Anna Laine', agency: 'koulu' } });
    expect(
      timelineDetailWords('CareTeamMemberAdded.v1', { participantKind: 'guardian', agency: 'family' }, t, has),
    ).toMatchObject({
      key: 'timelineDetail.CareTeamMemberAdded.family',
      values: { participantKind: 'huoltaja' },
    });
    expect(timelineDetailWords('ServiceNeedsAssessmentDecided.v1', { decision: 'no-start' }, t, has)?.key).toBe(
      'timelineDetail.ServiceNeedsAssessmentDecided.no-start',
    );
  });

  it('adds the caseload sentence when a service manager let the caseload go over the limit', () => {
    const worded = timelineDetailWords(
      'CaseOpened.v2',
      { origin: 'child-welfare-notification', responsibleWorker: 'Sari Virtanen', overLimit: true },
      t,
      has,
    );
    expect(worded).toEqual({
      key: 'timelineDetail.CaseOpened',
      values: { origin: 'lastensuojeluilmoitus', responsibleWorker: 'Sari Virtanen' },
      overLimit: true,
    });
  });

  it('has nothing to say for an entry without details, with empty ones, or for an event without words', () => {
    expect(timelineDetailWords('ConsentGiven.v1', null, t, has)).toBeNull();
    expect(timelineDetailWords('CaseClosed.v1', {}, t, has)).toBeNull();
    expect(timelineDetailWords('ConsultationBooked.v1', { consultationType: 'psychiatry-liaison' }, t, has)).toBeNull();
  });

  it('words a consultation’s type, Helsinki time and outcome kind, and picks a cancellation’s sentence by its state', () => {
    const consultationWords: Record<string, string> = {
      'timelineDetail.ConsultationBooked': '…',
      'timelineDetail.ConsultationCancelled.no-show': '…',
      'timelineDetail.ConsultationConcluded': '…',
      'timelineDetail.consultationType.psychiatry-liaison': 'psykiatrian konsultaatio',
      'timelineDetail.consultationOutcome.referral': 'lähete arviointiin',
      'timelineDetail.changedBy.booker': 'varaaja',
    };
    const say = (key: string) => consultationWords[key] ?? `missing:${key}`;
    const exists = (key: string) => key in consultationWords;
    expect(
      timelineDetailWords(
        'ConsultationBooked.v1',
        { bookingId: 'b', consultationType: 'psychiatry-liaison', startsAt: '2026-12-07T08:00:00.000Z', state: 'confirmed' },
        say,
        exists,
      ),
    ).toEqual({
      key: 'timelineDetail.ConsultationBooked',
      values: { bookingId: 'b', consultationType: 'psykiatrian konsultaatio', startsAt: '7.12.2026 10.00', state: 'confirmed' },
      overLimit: false,
    });
    expect(
      timelineDetailWords(
        'ConsultationCancelled.v1',
        { startsAt: '2026-12-07T08:00:00Z', by: 'booker', state: 'no-show' },
        say,
        exists,
      ),
    ).toMatchObject({ key: 'timelineDetail.ConsultationCancelled.no-show', values: { by: 'varaaja' } });
    expect(
      timelineDetailWords(
        'ConsultationConcluded.v1',
        { consultationType: 'psychiatry-liaison', outcome: 'referral' },
        say,
        exists,
      )?.values,
    ).toMatchObject({ outcome: 'lähete arviointiin' });
  });
});
