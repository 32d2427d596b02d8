import { emptyOpenCaseForm } from '../open-case/open-case.form.util.js';
import { toOpenFromIntakeCommand, usesIntake, waitingFirst, type IntakeItem } from './intake.util.js';

const form = {
  ...emptyOpenCaseForm(new Date('2026-12-23T12:00:00+02:00'), 'fi'),
  childName: ' Mika Mäkelä ',
  identityCode: '150517A981R',
};

describe('opening a case from intake: the form → the request', () => {
  it('sends the child, the guardians named and the language; nothing of the notification, which is the item’s', () => {
    expect(toOpenFromIntakeCommand({ ...form, guardians: [' Leena Mäkelä ', ''] })).toEqual({
      command: {
        language: 'fi',
        child: { name: 'Mika Mäkelä', personalIdentityCode: '150517A981R' },
        guardians: [{ name: 'Leena Mäkelä', userId: null }],
      },
    });
  });

  it('takes a date of birth instead of an identity code', () => {
    expect(
      toOpenFromIntakeCommand({ ...form, identityCode: '', noIdentityCode: true, dateOfBirth: '15.5.2017', language: 'sv' }),
    ).toEqual({
      command: { language: 'sv', child: { name: 'Mika Mäkelä', dateOfBirth: '2017-05-15' }, guardians: [] },
    });
  });

  it('asks for the child’s name and a valid identity code, and nothing about the notification', () => {
    expect(toOpenFromIntakeCommand({ ...form, childName: '', identityCode: '150517A981X' })).toEqual({
      errors: { childName: 'openCase.required', identityCode: 'openCase.identityCodeInvalid.check-character' },
    });
  });
});

describe('the intake inbox', () => {
  const item = (itemId: string, receivedAt: string, caseId: string | null = null): IntakeItem => ({
    itemId,
    bookingId: itemId,
    kind: 'notification',
    consultationType: 'school-child-protection',
    receivedAt,
    notifier: { userId: 'u', displayName: 'Ville Heikkinen', agency: 'school' },
    school: 'Kallion ala-aste',
    ageBand: '7-12',
    concernCategory: 'absence',
    summary: 'Poissaoloja',
    caseId,
  });

  it('lists waiting items, oldest received first', () => {
    const items = [
      item('b', '2026-12-23T12:00:00+02:00'),
      item('a', '2026-12-22T09:00:00+02:00'),
      item('c', '2026-12-21T09:00:00+02:00', 'case'),
    ];
    expect(waitingFirst(items).map((i) => i.itemId)).toEqual(['a', 'b']);
  });

  it('is for child protection’s social workers and service managers', () => {
    expect(usesIntake({ roles: ['cp-social-worker'] })).toBe(true);
    expect(usesIntake({ roles: ['service-manager'] })).toBe(true);
    expect(usesIntake({ roles: ['teacher', 'team-coordinator'] })).toBe(false);
  });
});
