import type { Sight } from '@yhdessa/access';
import type { PlanAction, PlanContent } from '../plan-record/plan-content.schema.js';
import { blankPlanContent } from '../plan-record/plan-content.schema.js';
import { byUrgency, myActionsOf, type ActionProgress } from './my-actions.domain.js';

const action = (id: string, agency: PlanAction['agency'], userId: string, due: string): PlanAction => ({
  id,
  what: `Action ${id}`,
  agency,
  responsible: { userId, name: userId },
  start: '2027-01-01',
  due,
  goalIds: [],
});
const content: PlanContent = {
  ...blankPlanContent,
  actions: [
    action('school', 'school', 'anna', '2027-03-31'),
    action('school-2', 'school', 'ville', '2027-01-31'),
    action('psychiatry', 'psychiatry', 'pekka', '2027-02-28'),
    action('family-work', 'child-protection', 'sari', '2027-02-28'),
  ],
};
const schoolSight: Sight = { audience: 'school', classes: new Set(['shared-plan', 'school']) };
const plan = { caseId: 'c1', version: 2, content };

describe('my actions of a plan in force', () => {
  it('gives a teacher her own action and her school’s, never another agency’s', () => {
    const mine = myActionsOf(plan, { userId: 'anna', agency: 'school', sight: schoolSight }, new Map(), '2027-02-15');
    expect(mine.map((found) => [found.action.id, found.mine])).toEqual([
      ['school', 'person'],
      ['school-2', 'agency'],
    ]);
  });

  it('leaves out the agency’s actions the reader may not see, but never the one they are responsible for', () => {
    const blind: Sight = { audience: null, classes: new Set() };
    expect(myActionsOf(plan, { userId: 'outi', agency: 'school', sight: blind }, new Map(), '2027-02-15')).toEqual([]);
    const own = myActionsOf(plan, { userId: 'anna', agency: 'school', sight: blind }, new Map(), '2027-02-15');
    expect(own.map((found) => found.action.id)).toEqual(['school']);
  });

  it('takes where each action stands from its latest update and flags the overdue open ones', () => {
    const progress = new Map<string, ActionProgress>([
      ['school-2', { status: 'done', note: 'Kaikki tehty', updatedAt: new Date('2027-01-30T10:00:00Z'), byName: 'Ville' }],
    ]);
    const mine = myActionsOf(plan, { userId: 'anna', agency: 'school', sight: schoolSight }, progress, '2027-04-01');
    expect(mine.map((found) => [found.action.id, found.status, found.overdue, found.updatedBy])).toEqual([
      ['school', 'planned', true, null],
      ['school-2', 'done', false, 'Ville'],
    ]);
  });

  it('orders overdue first, then open ones by due date, settled ones last', () => {
    const pekka: Sight = { audience: 'psychiatry', classes: new Set(['shared-plan', 'health']) };
    const worker: Sight = {
      audience: 'child-protection',
      classes: new Set(['shared-plan', 'health', 'school', 'child-protection']),
    };
    const progress = new Map<string, ActionProgress>([
      ['school-2', { status: 'cancelled', note: null, updatedAt: new Date(), byName: 'Ville' }],
    ]);
    const all = [
      ...myActionsOf(plan, { userId: 'sari', agency: 'child-protection', sight: worker }, progress, '2027-03-01'),
      ...myActionsOf(plan, { userId: 'pekka', agency: 'psychiatry', sight: pekka }, progress, '2027-03-01'),
      ...myActionsOf(plan, { userId: 'anna', agency: 'school', sight: schoolSight }, progress, '2027-03-01'),
    ];
    expect(all.sort(byUrgency).map((found) => found.action.id)).toEqual(['family-work', 'psychiatry', 'school', 'school-2']);
  });
});
