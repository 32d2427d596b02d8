import { actsOnOwnConsents, familySteps, isFamilyMember } from './family.util.js';

describe('isFamilyMember', () => {
  it('is a guardian, the child or young person, or a foster carer', () => {
    for (const role of ['guardian', 'child', 'foster-carer']) expect(isFamilyMember({ roles: [role] })).toBe(true);
  });

  it('is no professional', () => {
    for (const role of ['cp-social-worker', 'service-manager', 'teacher', 'psychiatry-clinician', 'team-coordinator']) {
      expect(isFamilyMember({ roles: [role] })).toBe(false);
    }
  });
});

describe('familySteps', () => {
  const decision = { kind: 'assessment-start-decision', dueOn: '2027-01-05', status: 'open' } as const;
  const assessment = { kind: 'service-needs-assessment', dueOn: '2027-03-22', status: 'open' } as const;
  const review = { kind: 'client-plan-review', dueOn: '2026-12-01', status: 'overdue' } as const;

  it('puts what is still ahead by date, an overdue one first, and keeps what is done apart', () => {
    const met = { ...decision, status: 'met' } as const;
    expect(familySteps([assessment, met, review])).toEqual({ ahead: [review, assessment], done: [met] });
    expect(familySteps([assessment, decision])).toEqual({ ahead: [decision, assessment], done: [] });
  });

  it('leaves out a deadline the service did not show in full, and is empty for none', () => {
    expect(familySteps([{ kind: 'assessment-start-decision' }, { dueOn: '2027-01-05', status: 'open' }])).toEqual({
      ahead: [],
      done: [],
    });
    expect(familySteps([])).toEqual({ ahead: [], done: [] });
  });
});

describe('actsOnOwnConsents', () => {
  const now = new Date('2026-12-23T12:00:00+02:00');
  const kase = { guardianIds: ['liisa', null], childDateOfBirth: '2012-09-14' };

  it('lets a guardian named on the case give and withdraw, not another guardian', () => {
    expect(actsOnOwnConsents({ userId: 'liisa', roles: ['guardian'] }, kase, now)).toBe(true);
    expect(actsOnOwnConsents({ userId: 'kari', roles: ['guardian'] }, kase, now)).toBe(false);
  });

  it('lets the young person act from the day they turn 15 in Helsinki, not before, nor without a date of birth', () => {
    const aino = { userId: 'aino', roles: ['child'] };
    expect(actsOnOwnConsents(aino, kase, now)).toBe(false);
    expect(actsOnOwnConsents(aino, { ...kase, childDateOfBirth: '2011-12-23' }, now)).toBe(true);
    expect(actsOnOwnConsents(aino, { ...kase, childDateOfBirth: '2011-12-24' }, now)).toBe(false);
    expect(actsOnOwnConsents(aino, { ...kase, childDateOfBirth: null }, now)).toBe(false);
  });

  it('leaves a foster carer to read them', () => {
    expect(actsOnOwnConsents({ userId: 'riitta', roles: ['foster-carer'] }, kase, now)).toBe(false);
  });
});
