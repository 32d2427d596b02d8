import type { CareTeamMembership } from '@yhdessa/care-team';
import { blankPlanContent, type PlanAction, type PlanContent } from '../plan-record/plan-content.schema.js';
import { SignOffErrorCode } from './sign-off.error.js';
import { deriveSignatories } from './signatories.domain.js';

const member = (userId: string, agency: string, participantKind: string, roleInCase: string): CareTeamMembership => ({
  memberId: `m-${userId}`,
  caseId: 'case',
  userId,
  displayName: userId,
  agency,
  participantKind,
  roleInCase,
  since: '2026-01-01',
  until: null,
  removedAt: null,
});
const worker = member('sari', 'child-protection', 'professional', 'responsible social worker');
const teacher = member('anna', 'school', 'professional', 'class teacher');
const nurse = member('pekka', 'psychiatry', 'professional', 'liaison nurse');
const mother = member('liisa', 'family', 'guardian', 'mother');
const foster = member('riitta', 'family', 'foster-carer', 'foster carer');
const child = member('aino', 'family', 'child', 'child');
const action = (id: string, agency: PlanAction['agency'], userId: string, start = '2026-12-01'): PlanAction => ({
  id,
  what: id,
  agency,
  responsible: { userId, name: userId },
  start,
  due: '2027-03-01',
  goalIds: [],
});
const content: PlanContent = {
  ...blankPlanContent,
  actions: [action('school', 'school', 'anna'), action('psy', 'psychiatry', 'pekka'), action('cp', 'child-protection', 'sari')],
};
const today = '2026-12-01';
const everyone = [worker, teacher, nurse, mother, foster, child];
const parts = (childDateOfBirth: string | null, active = everyone, planned = content) =>
  deriveSignatories({ active, content: planned, childDateOfBirth, today }).map((s) => `${s.userId}:${s.part}:${s.ground}`);

describe('deriveSignatories', () => {
  it("asks journey 2's parties: the worker, each agency with actions, the mother and the foster carer sign; Aino at 14 comments", () => {
    expect(parts('2012-05-01')).toEqual([
      'sari:signs:responsible-worker',
      'pekka:signs:agency-actions',
      'anna:signs:agency-actions',
      'liisa:signs:guardian',
      'riitta:signs:foster-carer',
      'aino:comments:child',
    ]);
  });

  it('lets the young person of 15 sign, asks nothing of a child under 12 or of unknown age', () => {
    expect(parts('2011-12-01')).toContain('aino:signs:young-person');
    expect(parts('2011-12-02')).toContain('aino:comments:child');
    expect(parts('2014-12-01')).toContain('aino:comments:child');
    expect(parts('2014-12-02').some((part) => part.startsWith('aino'))).toBe(false);
    expect(parts(null).some((part) => part.startsWith('aino'))).toBe(false);
  });

  it('asks an agency once, by the person responsible for its first action', () => {
    const twoSchool = { ...content, actions: [action('late', 'school', 'maria', '2027-01-01'), ...content.actions] };
    const maria = member('maria', 'school', 'professional', 'special needs teacher');
    expect(parts(null, [...everyone, maria], twoSchool).filter((part) => part.includes('agency-actions'))).toEqual([
      'pekka:signs:agency-actions',
      'anna:signs:agency-actions',
    ]);
  });

  it('asks only active members: someone who left the care team is not asked for a new version', () => {
    expect(parts(null, [worker, teacher, nurse, child]).some((part) => part.startsWith('liisa'))).toBe(false);
  });

  it('refuses a plan whose action is in the hands of someone off the care team, or a case without its responsible worker', () => {
    expect(() => parts(null, [worker, teacher, mother])).toThrow(
      expect.objectContaining({ code: SignOffErrorCode.ResponsibleNotOnCareTeam }),
    );
    expect(() => parts(null, [teacher, nurse])).toThrow(expect.objectContaining({ code: SignOffErrorCode.NoResponsibleWorker }));
  });
});
