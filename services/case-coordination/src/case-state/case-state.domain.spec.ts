import { caseStateV1 } from '@yhdessa/contracts';
import { caseState, type ConsentRow, type MemberRow } from './case-state.domain.js';

const worker: MemberRow = {
  memberId: '01a00000-0000-7000-8000-000000000002',
  userId: 'sari',
  displayName: 'Sari Virtanen',
  agency: 'child-protection',
  participantKind: 'professional',
  roleInCase: 'responsible social worker',
  since: '2026-01-05',
  until: null,
  removedAt: null,
};
const teacher: MemberRow = {
  memberId: '01a00000-0000-7000-8000-000000000001',
  userId: 'anna',
  displayName: 'Anna Laine',
  agency: 'school',
  participantKind: 'professional',
  roleInCase: 'class teacher',
  since: '2026-01-12',
  until: '2026-03-02',
  removedAt: new Date('2026-03-02T08:00:00Z'),
};
const consent: ConsentRow = {
  consentId: '01a00000-0000-7000-8000-00000000000c',
  informationClass: 'health',
  toAgency: 'school',
  validFrom: '2026-03-01',
  validUntil: '2026-08-31',
  withdrawnAt: new Date('2026-03-10T08:00:00Z'),
};

describe('caseState', () => {
  it('carries every member and consent, removed and withdrawn ones with when, as a valid CaseState record', () => {
    const state = caseState([worker, teacher], [consent]);
    expect(state.careTeam.map((member) => [member.userId, member.removedAt])).toEqual([
      ['anna', '2026-03-02T08:00:00.000Z'],
      ['sari', null],
    ]);
    expect(state.consents).toEqual([
      {
        consentId: consent.consentId,
        informationClass: 'health',
        toAgency: 'school',
        validFrom: '2026-03-01',
        validUntil: '2026-08-31',
        withdrawnAt: '2026-03-10T08:00:00.000Z',
      },
    ]);
    expect(caseStateV1.parse(state)).toEqual(state);
  });

  it('makes the same record of the same state, whatever order the rows came in', () => {
    expect(caseState([teacher, worker], [consent])).toEqual(caseState([worker, teacher], [consent]));
  });

  it('is an empty care team and no consents for a case that has none', () => {
    expect(caseState([], [])).toEqual({ careTeam: [], consents: [] });
  });
});
