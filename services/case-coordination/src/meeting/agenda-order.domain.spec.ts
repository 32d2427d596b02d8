import { orderAgenda, type AgendaCandidate } from './agenda-order.domain.js';

const candidate = (caseId: string, openedAt: string, nearestDeadline: string | null = null): AgendaCandidate => ({
  caseId,
  openedAt: new Date(openedAt),
  nearestDeadline,
});

describe('orderAgenda', () => {
  it('orders by opened-at, oldest first, when no case has an open deadline', () => {
    const cases = [
      candidate('b', '2026-03-02T08:00:00Z'),
      candidate('a', '2026-01-15T08:00:00Z'),
      candidate('c', '2026-02-01T08:00:00Z'),
    ];
    expect(orderAgenda(cases)).toEqual(['a', 'c', 'b']);
  });

  it('puts the nearest open deadline first, whatever the opening dates', () => {
    const cases = [
      candidate('late', '2026-01-01T08:00:00Z', '2026-04-01'),
      candidate('soon', '2026-03-01T08:00:00Z', '2026-03-10'),
      candidate('overdue', '2026-02-01T08:00:00Z', '2026-02-20'),
    ];
    expect(orderAgenda(cases)).toEqual(['overdue', 'soon', 'late']);
  });

  it('lists cases without a deadline after those with one', () => {
    const cases = [candidate('none', '2025-01-01T08:00:00Z'), candidate('due', '2026-03-01T08:00:00Z', '2026-06-30')];
    expect(orderAgenda(cases)).toEqual(['due', 'none']);
  });

  it('breaks equal deadlines by opening, then by case id', () => {
    const cases = [
      candidate('y', '2026-02-01T08:00:00Z', '2026-03-10'),
      candidate('x', '2026-02-01T08:00:00Z', '2026-03-10'),
      candidate('w', '2026-01-01T08:00:00Z', '2026-03-10'),
    ];
    expect(orderAgenda(cases)).toEqual(['w', 'x', 'y']);
  });

  it('gives an empty agenda for a team without cases, and leaves its input alone', () => {
    const cases = [candidate('b', '2026-03-02T08:00:00Z'), candidate('a', '2026-01-15T08:00:00Z')];
    expect(orderAgenda([])).toEqual([]);
    orderAgenda(cases);
    expect(cases.map((c) => c.caseId)).toEqual(['b', 'a']);
  });
});
