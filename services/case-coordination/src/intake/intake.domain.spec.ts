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
        content: 'Poissaoloja kolme viikkoa.\nSchool: Kallion ala-aste\nAge band: 7-12\nConcern: absence',
      },
    });
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
