import { blankPlanContent, type PlanContent } from '../plan-record/plan-content.schema.js';
import { diffPlanContents } from './plan-diff.domain.js';

const before: PlanContent = {
  ...blankPlanContent,
  goals: [{ id: 'g1', professional: 'Aino attends school', childWords: 'I want to stay in this class', needIds: [] }],
  actions: [
    {
      id: 'a1',
      what: 'Weekly meetings',
      agency: 'psychiatry',
      responsible: { userId: 'nurse', name: 'Pekka Nurmi' },
      start: '2026-12-01',
      due: '2027-03-01',
      goalIds: [],
    },
  ],
  participants: [{ name: 'Liisa Aalto', part: 'mother' }],
  reviewOn: '2027-06-01',
};

describe('diffPlanContents', () => {
  it('finds nothing between a content and itself, whatever order its members come in (as jsonb gives them back)', () => {
    expect(diffPlanContents(before, JSON.parse(JSON.stringify(before)) as PlanContent)).toEqual([]);
    const reordered = { ...before, actions: [{ ...before.actions[0]!, responsible: { name: 'Pekka Nurmi', userId: 'nurse' } }] };
    expect(diffPlanContents(before, reordered)).toEqual([]);
  });

  it('tells what was added, removed, reworded and changed, in the order of the plan', () => {
    const after: PlanContent = {
      ...before,
      goals: [{ ...before.goals[0]!, childWords: 'I want to stay with my friends' }],
      actions: [{ ...before.actions[0]!, due: '2027-04-01', responsible: { userId: 'clinician', name: 'Hanna Mäkinen' } }],
      services: [{ id: 's1', name: 'Family work', agency: 'child-protection' }],
      participants: [],
      reviewOn: '2027-05-01',
    };
    expect(diffPlanContents(before, after)).toEqual([
      {
        section: 'goals',
        itemId: 'g1',
        change: 'reworded',
        field: 'childWords',
        before: 'I want to stay in this class',
        after: 'I want to stay with my friends',
      },
      {
        section: 'actions',
        itemId: 'a1',
        change: 'changed',
        field: 'responsible',
        before: 'Pekka Nurmi',
        after: 'Hanna Mäkinen',
      },
      { section: 'actions', itemId: 'a1', change: 'changed', field: 'due', before: '2027-03-01', after: '2027-04-01' },
      { section: 'services', itemId: 's1', change: 'added', field: null, before: null, after: 'Family work' },
      { section: 'participants', itemId: 'Liisa Aalto', change: 'removed', field: null, before: 'mother', after: null },
      { section: 'reviewOn', itemId: null, change: 'changed', field: null, before: '2027-06-01', after: '2027-05-01' },
    ]);
  });

  it("tells the child's words written where there were none as a change, not a rewording", () => {
    const after = { ...before, goals: [{ ...before.goals[0]!, childWords: null }] };
    expect(diffPlanContents(before, after)).toEqual([
      {
        section: 'goals',
        itemId: 'g1',
        change: 'changed',
        field: 'childWords',
        before: 'I want to stay in this class',
        after: null,
      },
    ]);
  });
});
