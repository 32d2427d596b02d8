import {
  bySection,
  diffPath,
  historyPoints,
  latestComparison,
  parsePoint,
  pointParam,
  shownValue,
  type PlanDifference,
} from './plan-diff.util.js';
import { fieldLabel } from './plan-editor.util.js';

const difference = (section: PlanDifference['section'], change: PlanDifference['change']): PlanDifference => ({
  section,
  itemId: 'x',
  change,
  field: null,
  before: null,
  after: null,
});

describe('comparing revisions of a plan', () => {
  it('reads a point from an address and writes it back', () => {
    expect(parsePoint('2')).toEqual({ version: 2 });
    expect(parsePoint('1.3')).toEqual({ version: 1, revision: 3 });
    expect(parsePoint('0')).toBeNull();
    expect(parsePoint('1.x')).toBeNull();
    expect(parsePoint(null)).toBeNull();
    expect(pointParam({ version: 1, revision: 3 })).toBe('1.3');
    expect(diffPath('c', { version: 1, revision: 2 }, { version: 2 })).toBe('/cases/c/plan/diff?from=1.2&to=2');
  });

  it('groups the differences by section in the order they came', () => {
    const groups = bySection([difference('goals', 'reworded'), difference('actions', 'added'), difference('goals', 'added')]);
    expect(groups.map((group) => [group.section, group.differences.map((found) => found.change)])).toEqual([
      ['goals', ['reworded', 'added']],
      ['actions', ['added']],
    ]);
  });

  it('lists every revision of every version, oldest first', () => {
    expect(
      historyPoints([
        { version: 2, revisions: [{ revision: 1 }] },
        { version: 1, revisions: [{ revision: 1 }, { revision: 2 }] },
      ]),
    ).toEqual([
      { version: 1, revision: 1 },
      { version: 1, revision: 2 },
      { version: 2, revision: 1 },
    ]);
  });

  it('shows dates the Finnish way and other values as they are', () => {
    expect(shownValue('2027-06-30', () => '30.6.2027')).toBe('30.6.2027');
    expect(shownValue('Haluan pysyä tällä luokalla', () => '')).toBe('Haluan pysyä tällä luokalla');
    expect(shownValue(null, () => '')).toBeNull();
  });

  it('names an item’s field in the error summary by the item and its number', () => {
    expect(fieldLabel('goals.1.childWords')).toEqual({
      field: 'planEditor.goalChild',
      item: { name: 'planEditor.goal', number: 2 },
    });
    expect(fieldLabel('reviewOn')).toEqual({ field: 'planEditor.reviewOn' });
    expect(fieldLabel('childView.view')).toEqual({ field: 'planEditor.childViewWhat' });
  });

  it('offers first the open version against the one in force, else the latest change', () => {
    expect(latestComparison({ inForce: { version: 1, revision: 2 }, open: { version: 2, revision: 3 } })).toEqual({
      from: { version: 1 },
      to: { version: 2 },
    });
    expect(latestComparison({ inForce: null, open: { version: 1, revision: 3 } })).toEqual({
      from: { version: 1, revision: 2 },
      to: { version: 1, revision: 3 },
    });
    expect(latestComparison({ inForce: null, open: { version: 1, revision: 1 } })).toBeNull();
  });
});
