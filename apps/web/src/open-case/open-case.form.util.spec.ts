import { emptyOpenCaseForm, fieldsOfProblem, toOpenCaseCommand, type OpenCaseForm } from './open-case.form.util.js';

const mikasNotification: OpenCaseForm = {
  ...emptyOpenCaseForm(new Date('2026-12-23T10:00:00Z'), 'fi'),
  receivedTime: '9.15',
  channel: 'school',
  notifierName: ' Anna Laine ',
  content: 'Mika has been absent from school for weeks.',
  childName: 'Mika Mäkelä',
  identityCode: '150517a1232 ',
  guardians: ['Leena Mäkelä', ' '],
};

describe('the open-case form', () => {
  it('starts at Helsinki’s date and time now, with one empty guardian', () => {
    const form = emptyOpenCaseForm(new Date('2026-12-22T22:30:00Z'), 'sv');
    expect([form.receivedDate, form.receivedTime, form.language, form.guardians]).toEqual(['23.12.2026', '0.30', 'sv', ['']]);
  });

  it('becomes the command the service takes: Helsinki time with its offset, the code as the server reads it, no empty guardians', () => {
    expect(toOpenCaseCommand(mikasNotification)).toEqual({
      command: {
        origin: 'child-welfare-notification',
        receivedAt: '2026-12-23T09:15:00+02:00',
        language: 'fi',
        child: { name: 'Mika Mäkelä', personalIdentityCode: '150517A1232' },
        guardians: [{ name: 'Leena Mäkelä', userId: null }],
        notification: { channel: 'school', notifierName: 'Anna Laine', content: 'Mika has been absent from school for weeks.' },
      },
    });
  });

  it('takes a date of birth instead of a code for a child without one', () => {
    const result = toOpenCaseCommand({
      ...mikasNotification,
      identityCode: '',
      noIdentityCode: true,
      dateOfBirth: '15.5.2017',
      notifierName: '',
    });
    expect(result).toMatchObject({
      command: { child: { name: 'Mika Mäkelä', dateOfBirth: '2017-05-15' }, notification: { notifierName: null } },
    });
    expect('command' in result && 'personalIdentityCode' in result.command.child).toBe(false);
  });

  it('names each field to correct, with the reason', () => {
    const result = toOpenCaseCommand({
      ...mikasNotification,
      receivedDate: '31.2.2026',
      receivedTime: '',
      channel: '',
      content: '  ',
      childName: '',
      identityCode: '150517A1233',
    });
    expect(result).toEqual({
      errors: {
        receivedDate: 'openCase.invalidDate',
        receivedTime: 'openCase.required',
        channel: 'openCase.required',
        content: 'openCase.required',
        childName: 'openCase.required',
        identityCode: 'openCase.identityCodeInvalid.check-character',
      },
    });
    expect(toOpenCaseCommand({ ...mikasNotification, identityCode: '' })).toEqual({
      errors: { identityCode: 'openCase.required' },
    });
    expect(toOpenCaseCommand({ ...mikasNotification, noIdentityCode: true, dateOfBirth: '' })).toEqual({
      errors: { dateOfBirth: 'openCase.required' },
    });
  });

  it('points the service’s refusals at the fields they are about', () => {
    expect(fieldsOfProblem('invalid_personal_identity_code', [], mikasNotification)).toEqual(['identityCode']);
    expect(fieldsOfProblem('received_in_future', [], mikasNotification)).toEqual(['receivedDate']);
    expect(fieldsOfProblem('not_a_child', [], { ...mikasNotification, noIdentityCode: true })).toEqual(['dateOfBirth']);
    expect(
      fieldsOfProblem(
        'validation_failed',
        ['notification.content', 'child.name', 'guardians.1.name', 'unknown'],
        mikasNotification,
      ),
    ).toEqual(['content', 'childName', 'guardians']);
    expect(fieldsOfProblem('caseload_limit_reached', [], mikasNotification)).toEqual([]);
  });
});
