import { caseFromIntake, type IntakeItem } from './intake.domain.js';

const item: IntakeItem = {
  itemId: '019a0000-0000-7000-8000-000000000001',
  bookingId: '019a0000-0000-7000-8000-000000000002',
  kind: 'notification',
  consultationType: 'school-child-protection',
  receivedAt: '2026-12-23T09:00:00.000Z',
  notifier: { userId: 'anna', displayName: 'Anna Laine', agency: 'school' },
  school: 'Kallion ala-aste',
  ageBand: '7-12',
  concernCategory: 'absence',
  summary: 'Poissaoloja kolme viikkoa.',
  caseId: null,
};
const child = { language: 'fi' as const, child: { name: 'Mika Saarinen', dateOfBirth: '2017-03-01' }, guardians: [] };

describe('caseFromIntake', () => {
  it("opens a school's notification as received from the consultation, on the day it was received", () => {
    expect(caseFromIntake(item, child)).toEqual({
      ...child,
      origin: 'child-welfare-notification',
      receivedAt: '2026-12-23T09:00:00.000Z',
      notification: {
        channel: 'school',
        notifierName: 'Anna Laine',
        content: 'Poissaoloja kolme viikkoa.\nKoulu: Kallion ala-aste\nLapsen ikäryhmä: 7–12 vuotta\nHuolen aihe: poissaolot',
      },
    });
  });

  it('writes what the consultation told in Swedish for a Swedish case', () => {
    expect(caseFromIntake(item, { ...child, language: 'sv' }).notification.content).toBe(
      'Poissaoloja kolme viikkoa.\nSkola: Kallion ala-aste\nBarnets åldersgrupp: 7–12 år\nVad oron gäller: frånvaro',
    );
  });

  it('writes it in English only for a case in another language', () => {
    expect(caseFromIntake(item, { ...child, language: 'other' }).notification.content).toBe(
      "Poissaoloja kolme viikkoa.\nSchool: Kallion ala-aste\nChild's age group: 7–12 years\nWhat the concern is about: absence",
    );
  });

  it('keeps an age group or concern it has no words for as it came, and leaves out what was not told', () => {
    const content = caseFromIntake({ ...item, school: null, ageBand: '18+', concernCategory: 'bullying' }, child).notification
      .content;
    expect(content).toBe('Poissaoloja kolme viikkoa.\nLapsen ikäryhmä: 18+\nHuolen aihe: bullying');
  });

  it('opens a referral from psychiatry as a consultation referral from health care', () => {
    const referral = caseFromIntake(
      {
        ...item,
        kind: 'referral',
        school: null,
        ageBand: null,
        concernCategory: null,
        notifier: { ...item.notifier, agency: 'psychiatry' },
      },
      child,
    );
    expect(referral).toMatchObject({
      origin: 'consultation-referral',
      notification: { channel: 'health-care', content: item.summary },
    });
  });
});
