import { noParticipation, type CaseReader } from '../case/case-reader.js';
import { redactEach } from './redact-each.js';

const reader = (
  caseId: string,
  participation: Partial<CaseReader['participation']>,
  consented: CaseReader['consented'] = [],
): CaseReader => ({
  caseId,
  userId: 'anna',
  agency: 'school',
  roles: ['teacher'],
  participation: { ...noParticipation, ...participation },
  consented,
});

describe('redactEach', () => {
  const items = [
    { caseId: 'a', childName: 'Aino', origin: 'child-welfare-notification' },
    { caseId: 'b', childName: 'Mika', origin: 'referral' },
    { caseId: 'c', childName: 'Ella', origin: 'application' },
    { caseId: 'd', childName: 'Onni', origin: 'referral' },
  ];
  const table = { caseId: 'reference', childName: 'shared-plan', origin: 'child-protection' } as const;

  it("redacts each item by its own case's reader, and leaves out cases the reader has no part in or the service does not know", () => {
    const readers = new Map([
      ['a', reader('a', { careTeam: 'professional' })],
      ['b', reader('b', { careTeam: 'professional' }, ['child-protection'])],
      ['c', reader('c', {})],
    ]);
    expect(redactEach(items, (item) => item.caseId, table, readers)).toEqual([
      { caseId: 'a', childName: 'Aino' },
      { caseId: 'b', childName: 'Mika', origin: 'referral' },
    ]);
  });
});
