import { childNameOf, homeActions, toActionUpdate, type MyAction } from './my-actions.util.js';

const action = (actionId: string, status: MyAction['status'], overdue = false): MyAction => ({
  caseId: 'c1',
  version: 1,
  actionId,
  what: `Action ${actionId}`,
  agency: 'school',
  responsible: { userId: 'anna', name: 'Anna Laine' },
  start: '2027-01-01',
  due: '2027-02-01',
  mine: 'person',
  status,
  note: null,
  updatedAt: null,
  updatedBy: null,
  overdue,
});

describe('my actions', () => {
  it('shows the home the open ones only, a few at most, counting the rest and the overdue', () => {
    const actions = [
      action('a', 'planned', true),
      action('b', 'done'),
      action('c', 'ongoing'),
      action('d', 'planned'),
      action('e', 'cancelled'),
    ];
    const home = homeActions(actions, 2);
    expect(home.shown.map((shown) => shown.actionId)).toEqual(['a', 'c']);
    expect(home).toMatchObject({ more: 1, overdue: 1 });
  });

  it('sends a changed status or a note, never an empty update', () => {
    expect(toActionUpdate('planned', { status: 'planned', note: '  ' })).toEqual({ error: 'myActions.nothingToSave' });
    expect(toActionUpdate('planned', { status: 'ongoing', note: '' })).toEqual({ update: { status: 'ongoing' } });
    expect(toActionUpdate('ongoing', { status: 'ongoing', note: ' Aloitettu ' })).toEqual({
      update: { status: 'ongoing', note: 'Aloitettu' },
    });
  });

  it('names the child from the reader’s own cases when they list it', () => {
    expect(childNameOf('c1', [{ id: 'c1', childName: 'Aino Aalto' }])).toBe('Aino Aalto');
    expect(childNameOf('c2', [{ id: 'c1', childName: 'Aino Aalto' }])).toBeNull();
    expect(childNameOf('c1', undefined)).toBeNull();
  });
});
