import { blankPlanContent, type PlanContent } from '../plan-record/plan-content.schema.js';
import { classifyChange, editDistance, wordingAuthorsOf } from './plan-change.domain.js';

const base: PlanContent = {
  ...blankPlanContent,
  needs: [{ id: 'n1', text: 'Support in the evenings', source: null }],
  goals: [
    { id: 'g1', professional: 'Aino attends school every day', childWords: 'I want to stay in this class', needIds: ['n1'] },
  ],
  actions: [
    {
      id: 'a1',
      what: 'Weekly meetings with the nurse',
      agency: 'psychiatry',
      responsible: { userId: 'nurse', name: 'Pekka Nurmi' },
      start: '2026-12-01',
      due: '2027-03-01',
      goalIds: ['g1'],
    },
  ],
  services: [{ id: 's1', name: 'Family work', agency: 'child-protection' }],
  reviewOn: '2027-06-01',
};
const authors = wordingAuthorsOf([{ content: base, authorUserId: 'worker' }]);
const change = (after: PlanContent, editor = 'worker') => classifyChange(base, after, editor, authors).substantive;
const withAction = (patch: Partial<PlanContent['actions'][number]>): PlanContent => ({
  ...base,
  actions: [{ ...base.actions[0]!, ...patch }],
});

describe('classifyChange: which changes need the parties to sign again', () => {
  it.each([
    [
      'a goal added',
      { ...base, goals: [...base.goals, { id: 'g2', professional: 'Evenings at home', childWords: null, needIds: [] }] },
    ],
    ['a goal removed', { ...base, goals: [] }],
    [
      'a goal reworded beyond a typo',
      { ...base, goals: [{ ...base.goals[0]!, professional: 'Aino attends school four days a week' }] },
    ],
    ["the child's words changed", { ...base, goals: [{ ...base.goals[0]!, childWords: 'I want to change class' }] }],
    ['an action moved to another person', withAction({ responsible: { userId: 'clinician', name: 'Hanna Mäkinen' } })],
    ['an action moved to another agency', withAction({ agency: 'school' })],
    ['an action due later', withAction({ due: '2027-05-01' })],
    ['an action added', { ...base, actions: [...base.actions, { ...base.actions[0]!, id: 'a2' }] }],
    ['a service removed', { ...base, services: [] }],
  ])('%s is substantive', (_what, after) => {
    expect(change(after)).toBe(true);
  });

  it.each([
    ['a need reworded', { ...base, needs: [{ ...base.needs[0]!, text: 'Support in the evenings and weekends' }] }],
    ['the review date moved', { ...base, reviewOn: '2027-05-01' }],
    ["the child's view recorded", { ...base, childView: { howFoundOut: 'Met at school', view: 'Wants to stay' } }],
    [
      'a disagreement recorded',
      { ...base, disagreements: [{ id: 'd1', topic: 'Evenings', view: 'Too late', heldBy: 'the school' }] },
    ],
    ['a typo fixed by its author', withAction({ what: 'Weekly meetngs with the nurse' })],
  ])('%s is not substantive', (_what, after) => {
    expect(change(after)).toBe(false);
  });

  it('takes the same typo fix by someone else than its author as substantive', () => {
    expect(change(withAction({ what: 'Weekly meetngs with the nurse' }), 'teacher')).toBe(true);
  });

  it('knows the author of each wording from the revisions: the one who last changed it', () => {
    const reworded = withAction({ what: 'Weekly meetings with the liaison nurse' });
    const authorsNow = wordingAuthorsOf([
      { content: base, authorUserId: 'worker' },
      { content: reworded, authorUserId: 'nurse' },
    ]);
    expect(authorsNow.get('actions/a1/what')).toBe('nurse');
    expect(authorsNow.get('goals/g1/professional')).toBe('worker');
    const typo = { ...reworded, actions: [{ ...reworded.actions[0]!, what: 'Weekly meetings with the liason nurse' }] };
    expect(classifyChange(reworded, typo, 'nurse', authorsNow).substantive).toBe(false);
    expect(classifyChange(reworded, typo, 'worker', authorsNow).substantive).toBe(true);
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['kitten', 'sitting', 3],
    ['meetings', 'meetngs', 1],
    ['abc', 'abc', 0],
    ['abc', '', 3],
  ])('%s → %s is %d', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it('stops past its limit', () => {
    expect(editDistance('a completely different sentence', 'nothing alike here', 3)).toBe(4);
  });
});
