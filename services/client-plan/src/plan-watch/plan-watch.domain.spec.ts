import { overdueActions, roundStanding, unanswered } from './plan-watch.domain.js';

describe('the plan watch’s rules', () => {
  const expiresAt = new Date('2026-12-14T10:00:00Z');
  const hours = (count: number) => count * 3_600_000;

  it('expires a round at its end, reminds within the hours before it, and leaves it open before that', () => {
    expect(roundStanding(expiresAt, new Date('2026-12-14T10:00:00Z'), hours(48))).toBe('expire');
    expect(roundStanding(expiresAt, new Date('2026-12-14T09:59:59Z'), hours(48))).toBe('remind');
    expect(roundStanding(expiresAt, new Date('2026-12-12T10:00:00Z'), hours(48))).toBe('remind');
    expect(roundStanding(expiresAt, new Date('2026-12-12T09:59:59Z'), hours(48))).toBe('open');
  });

  it('waits for those who have not answered in any way, in the round’s order', () => {
    const signatories = [
      { userId: 'liisa', position: 2 },
      { userId: 'sari', position: 0 },
      { userId: 'anna', position: 1 },
    ];
    expect(unanswered(signatories, [{ userId: 'anna' }]).map((signatory) => signatory.userId)).toEqual(['sari', 'liisa']);
    expect(unanswered(signatories, signatories)).toEqual([]);
  });

  it('finds the actions past their due date neither done nor cancelled; one without an update is planned', () => {
    const action = (id: string, due: string) => ({
      id,
      what: id,
      agency: 'school' as const,
      responsible: { userId: 'anna', name: 'Anna' },
      start: '2026-01-01',
      due,
      goalIds: [],
    });
    const content = {
      actions: [
        action('late', '2026-11-29'),
        action('today', '2026-11-30'),
        action('done', '2026-11-01'),
        action('cancelled', '2026-11-01'),
      ],
    };
    const statuses = new Map([
      ['done', 'done'],
      ['cancelled', 'cancelled'],
    ]);
    expect(overdueActions(content, statuses, '2026-11-30').map((found) => found.id)).toEqual(['late']);
  });
});
