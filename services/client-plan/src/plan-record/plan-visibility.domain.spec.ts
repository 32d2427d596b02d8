import { caseSight, type CaseReader } from '@yhdessa/access';
import { blankPlanContent, type PlanAction, type PlanContent } from './plan-content.schema.js';
import { classesShown, contentFor } from './plan-visibility.domain.js';

const action = (id: string, agency: PlanAction['agency'], userId: string): PlanAction => ({
  id,
  what: id,
  agency,
  responsible: { userId, name: userId },
  start: '2026-12-01',
  due: '2027-03-01',
  goalIds: [],
});
const content: PlanContent = {
  ...blankPlanContent,
  goals: [{ id: 'g1', professional: 'School every day', childWords: 'I want to stay in this class', needIds: [] }],
  actions: [action('school', 'school', 'anna'), action('psy', 'psychiatry', 'pekka'), action('cp', 'child-protection', 'sari')],
};
const reader = (
  agency: CaseReader['agency'],
  careTeam: CaseReader['participation']['careTeam'],
  consented: CaseReader['consented'] = [],
) => caseSight({ agency, participation: { careTeam, responsibleWorker: false, systemicTeam: null }, consented });
const seen = (sight: ReturnType<typeof reader>, userId: string) =>
  contentFor(content, sight, userId).content.actions.map((a) => a.id);

describe('what each party sees of the plan', () => {
  it('shows the school the shared parts and its own actions; health only by consent', () => {
    expect(seen(reader('school', 'professional'), 'anna')).toEqual(['school']);
    expect(contentFor(content, reader('school', 'professional'), 'anna')).toMatchObject({
      hiddenActions: 2,
      content: { goals: content.goals },
    });
    expect(seen(reader('school', 'professional', ['health']), 'ville')).toEqual(['school', 'psy']);
  });

  it('shows child protection every action, psychiatry its own', () => {
    expect(seen(reader('child-protection', 'professional'), 'sari')).toEqual(['school', 'psy', 'cp']);
    expect(seen(reader('psychiatry', 'professional'), 'pekka')).toEqual(['psy']);
  });

  it('shows the guardian and the child the whole plan, the foster carer the shared parts and what they carry out', () => {
    expect(seen(reader('family', 'guardian'), 'liisa')).toEqual(['school', 'psy', 'cp']);
    expect(seen(reader('family', 'child'), 'aino')).toEqual(['school', 'psy', 'cp']);
    expect(seen(reader('family', 'foster-carer'), 'riitta')).toEqual([]);
  });

  it('shows nothing of the actions to someone with no part in the case', () => {
    expect(seen(reader('school', null), 'anna')).toEqual(['school']); // their own, as the person responsible
    expect(seen(reader('school', null), 'ville')).toEqual([]);
  });

  it('names the classes a content shows, for the audit records', () => {
    expect(classesShown(content)).toEqual(['shared-plan', 'school', 'health', 'child-protection']);
    expect(classesShown(blankPlanContent)).toEqual(['shared-plan']);
  });
});
