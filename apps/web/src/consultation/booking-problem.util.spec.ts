import { ApiProblem } from '../api/api-problem.js';
import { BookingProblem, isBookingProblem, toBookingProblem } from './booking-problem.util.js';

describe('a booking refusal keeps what the screen needs', () => {
  it('keeps the next free times of a lost race', () => {
    const slot = { startsAt: '2026-12-23T10:15:00+02:00', endsAt: '2026-12-23T11:15:00+02:00', experts: [] };
    const problem = toBookingProblem(409, { code: 'slot_taken', nextFree: [slot, { nope: true }] });
    expect(isBookingProblem(problem)).toBe(true);
    expect(problem).toBeInstanceOf(ApiProblem);
    expect((problem as BookingProblem).code).toBe('slot_taken');
    expect((problem as BookingProblem).nextFree).toEqual([slot]);
  });

  it('keeps where identifying text was found', () => {
    const problem = toBookingProblem(400, {
      code: 'identifying_detail_refused',
      found: [{ field: 'description', kind: 'full-name' }],
    });
    expect((problem as BookingProblem).found).toEqual([{ field: 'description', kind: 'full-name' }]);
  });

  it('treats an answer that is not problem details as before', () => {
    const problem = toBookingProblem(502, '<html>');
    expect(isBookingProblem(problem)).toBe(false);
    expect(problem.code).toBe('unexpected_answer');
  });
});
