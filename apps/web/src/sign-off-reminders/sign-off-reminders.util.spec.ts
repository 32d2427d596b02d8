import { signOffReminderItems } from './sign-off-reminders.util.js';

const caseA = '019a0000-0000-7000-8000-00000000000a';
const caseB = '019a0000-0000-7000-8000-00000000000b';

describe('signOffReminderItems', () => {
  const reminders = [
    { caseId: caseA, version: 2, round: 1, expiresAt: '2027-01-10T10:00:00.000Z', remindedAt: '2027-01-08T10:00:00.000Z' },
    { caseId: caseB, version: 1, round: 3, expiresAt: '2027-01-09T10:00:00.000Z', remindedAt: '2027-01-07T10:00:00.000Z' },
  ];

  it("links each to the version's sign-off panel, the round ending soonest first", () => {
    const items = signOffReminderItems(reminders, []);
    expect(items.map((item) => item.to)).toEqual([
      `/cases/${caseB}/plan#plan-sign-off-1`,
      `/cases/${caseA}/plan#plan-sign-off-2`,
    ]);
    expect(items.map((item) => item.key)).toEqual([`${caseB}/1/3`, `${caseA}/2/1`]);
  });

  it("names the child where the reader's cases know the case, and nothing where they do not", () => {
    const items = signOffReminderItems(reminders, [{ id: caseA, childName: 'Mika Mäkelä' }]);
    expect(items.map((item) => item.childName)).toEqual([null, 'Mika Mäkelä']);
    expect(signOffReminderItems(reminders, undefined)[1]!.childName).toBeNull();
  });

  it('leaves the given list as it was', () => {
    const given = [...reminders];
    signOffReminderItems(given, []);
    expect(given).toEqual(reminders);
  });
});
