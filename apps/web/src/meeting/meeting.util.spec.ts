import type { Deadline } from '../api/case-coordination.types.js';
import {
  amendmentsOf,
  caseInFocus,
  nearestOpenDeadlines,
  neighbourCase,
  nextMeetingDay,
  seesTeams,
  toDecisionCommand,
  toFinnishDate,
  toNoteCommand,
} from './meeting.util.js';

describe('seesTeams', () => {
  it('offers the teams to the roles that sit on them and to the service manager, to no one else', () => {
    for (const role of ['cp-social-worker', 'systemic-clinician', 'team-coordinator', 'service-manager'])
      expect(seesTeams({ roles: [role] })).toBe(true);
    for (const role of ['teacher', 'liaison-nurse', 'guardian', 'child', 'foster-carer'])
      expect(seesTeams({ roles: [role] })).toBe(false);
  });
});

describe('nextMeetingDay', () => {
  it.each([
    ['2026-11-30', '2026-12-01'], // Monday → the next day
    ['2026-12-01', '2026-12-01'], // Tuesday → the same day
    ['2026-12-02', '2026-12-08'], // Wednesday → next week's
    ['2026-12-06', '2026-12-08'], // Sunday → the next Tuesday
    ['2026-12-29', '2026-12-29'], // over the turn of the year
    ['2026-12-30', '2027-01-05'],
  ])('offers %s’s meeting on %s', (today, day) => {
    expect(nextMeetingDay(today)).toBe(day);
  });
});

describe('toFinnishDate', () => {
  it('writes a date as d.M.yyyy', () => {
    expect(toFinnishDate('2026-12-01')).toBe('1.12.2026');
    expect(toFinnishDate('2027-10-15')).toBe('15.10.2027');
  });
});

describe('nearestOpenDeadlines', () => {
  const deadline = (caseId: string, dueOn: string, status: Deadline['status'] = 'open'): Deadline => ({
    caseId,
    dueOn,
    status,
    kind: 'assessment-start-decision',
  });

  it('keeps each case’s earliest deadline not yet met', () => {
    const nearest = nearestOpenDeadlines([
      deadline('a', '2027-03-01'),
      deadline('a', '2026-12-03'),
      deadline('b', '2026-12-01', 'met'),
      deadline('b', '2027-02-27', 'due-soon'),
      deadline('c', '2026-11-20', 'overdue'),
    ]);
    expect([...nearest].map(([caseId, found]) => [caseId, found.dueOn])).toEqual([
      ['a', '2026-12-03'],
      ['b', '2027-02-27'],
      ['c', '2026-11-20'],
    ]);
  });

  it('gives a case whose deadlines are all met, or one it may not see, nothing', () => {
    expect(nearestOpenDeadlines([deadline('a', '2026-12-03', 'met'), { status: 'open' }]).size).toBe(0);
  });
});

describe('the case in focus', () => {
  const agenda = ['a', 'b', 'c'];

  it('is the one asked for when on the agenda, else the first, and none on an empty agenda', () => {
    expect(caseInFocus(agenda, 'b')).toBe('b');
    expect(caseInFocus(agenda, 'x')).toBe('a');
    expect(caseInFocus(agenda, null)).toBe('a');
    expect(caseInFocus([], 'a')).toBeNull();
  });

  it('moves to the case before or after, and stops at either end', () => {
    expect(neighbourCase(agenda, 'b', 1)).toBe('c');
    expect(neighbourCase(agenda, 'b', -1)).toBe('a');
    expect(neighbourCase(agenda, 'a', -1)).toBeNull();
    expect(neighbourCase(agenda, 'c', 1)).toBeNull();
    expect(neighbourCase(agenda, 'x', 1)).toBeNull();
  });
});

describe('toDecisionCommand', () => {
  it('makes the decision and its task, with the due date as the API takes it', () => {
    expect(toDecisionCommand({ text: '  Book a liaison consultation ', ownerId: 'sari', dueOn: '15.12.2026' })).toEqual({
      command: { text: 'Book a liaison consultation', task: { ownerId: 'sari', dueOn: '2026-12-15' } },
    });
  });

  it('names every field to correct', () => {
    expect(toDecisionCommand({ text: ' ', ownerId: '', dueOn: '' })).toEqual({
      errors: { text: 'meeting.required', ownerId: 'meeting.required', dueOn: 'meeting.required' },
    });
    expect(toDecisionCommand({ text: 'x', ownerId: 'sari', dueOn: '31.11.2026' })).toEqual({
      errors: { dueOn: 'meeting.invalidDate' },
    });
  });
});

describe('toNoteCommand', () => {
  it('names who said it only when someone else than the writer', () => {
    expect(toNoteCommand(' Evenings are lonely ', 'elina', 'tuula')).toEqual({ text: 'Evenings are lonely', saidBy: 'elina' });
    expect(toNoteCommand('Evenings are lonely', 'tuula', 'tuula')).toEqual({ text: 'Evenings are lonely' });
    expect(toNoteCommand('Evenings are lonely', '', 'tuula')).toEqual({ text: 'Evenings are lonely' });
  });

  it('sends nothing for an empty note', () => {
    expect(toNoteCommand('   ', 'elina', 'tuula')).toBeNull();
  });
});

describe('amendmentsOf', () => {
  it('lists the amendments concerning the case, oldest first', () => {
    const amendments = [
      { id: '2', caseIds: ['a'], amendedAt: '2026-12-02T10:00:00Z' },
      { id: '1', caseIds: ['a', 'b'], amendedAt: '2026-12-01T15:00:00Z' },
      { id: '3', caseIds: ['b'], amendedAt: '2026-12-01T16:00:00Z' },
      { id: '4' },
    ];
    expect(amendmentsOf(amendments, 'a').map((amendment) => amendment.id)).toEqual(['1', '2']);
    expect(amendmentsOf(amendments, 'c')).toEqual([]);
  });
});
