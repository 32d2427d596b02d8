import { caseSight } from '@yhdessa/access';
import { blankPlanContent, type PlanAction, type PlanContent } from './plan-content.schema.js';
import { contentFor, withActionsKeptFromReader } from './plan-visibility.domain.js';

const action = (id: string, agency: PlanAction['agency'], userId: string, what = id): PlanAction => ({
  id,
  what,
  agency,
  responsible: { userId, name: userId },
  start: '2026-12-01',
  due: '2027-03-01',
  goalIds: [],
});
const current: PlanContent = {
  ...blankPlanContent,
  actions: [action('school', 'school', 'anna'), action('psy', 'psychiatry', 'pekka'), action('cp', 'child-protection', 'sari')],
};
const nurse = caseSight({
  agency: 'psychiatry',
  participation: { careTeam: 'professional', responsibleWorker: false, systemicTeam: null },
  consented: [],
});
const worker = caseSight({
  agency: 'child-protection',
  participation: { careTeam: 'professional', responsibleWorker: false, systemicTeam: null },
  consented: [],
});

describe('a change saved by a reader who does not see every action', () => {
  it('keeps the actions kept from them as they were, each in its place', () => {
    const seenByNurse = contentFor(current, nurse, 'pekka').content;
    const sent = { ...seenByNurse, actions: [action('psy', 'psychiatry', 'pekka', 'Weekly visits')] };
    const { content, clashes } = withActionsKeptFromReader(sent, current, nurse, 'pekka');
    expect(clashes).toEqual([]);
    expect(content.actions.map((kept) => [kept.id, kept.what])).toEqual([
      ['school', 'school'],
      ['psy', 'Weekly visits'],
      ['cp', 'cp'],
    ]);
    // Sent back unchanged, the content is the same as before, so nothing is said to have changed.
    expect(withActionsKeptFromReader(seenByNurse, current, nurse, 'pekka').content).toEqual(current);
  });

  it('puts their new actions after, removes only what they see, and names a kept action sent changed as a clash', () => {
    const sent = { ...current, actions: [action('psy-2', 'psychiatry', 'pekka'), action('cp', 'psychiatry', 'pekka')] };
    const { content, clashes } = withActionsKeptFromReader(sent, current, nurse, 'pekka');
    expect(clashes).toEqual(['cp']);
    expect(content.actions.map((kept) => kept.id)).toEqual(['school', 'psy-2', 'cp']);
    // Kept actions sent back exactly as they are change nothing.
    const resent = { ...current, actions: [current.actions[0]!, action('psy-2', 'psychiatry', 'pekka'), current.actions[2]!] };
    expect(withActionsKeptFromReader(resent, current, nurse, 'pekka')).toEqual({
      content: { ...current, actions: [current.actions[0]!, action('psy-2', 'psychiatry', 'pekka'), current.actions[2]!] },
      clashes: [],
    });
    const removed = withActionsKeptFromReader({ ...current, actions: [] }, current, nurse, 'pekka').content;
    expect(removed.actions.map((kept) => kept.id)).toEqual(['school', 'cp']);
  });

  it('takes the content as sent from one who sees every action', () => {
    const sent = { ...current, actions: [] };
    expect(withActionsKeptFromReader(sent, current, worker, 'sari')).toEqual({ content: sent, clashes: [] });
  });
});
