import { ApiProblem, toApiProblem, transportCodes } from '../api/api-problem.js';
import type { Slot } from './slots.util.js';

/** Where the service found something identifying in an anonymous consultation's text, and what it looked like. */
export interface IdentifyingFinding {
  field: string;
  kind: string;
}

/**
 * A refusal of the booking service with what the booking screens need beyond the `code`: the next
 * free times of a lost race (409 `slot_taken`) and the fields where identifying text was found
 * (400 `identifying_detail_refused`).
 */
export class BookingProblem extends ApiProblem {
  constructor(
    problem: ApiProblem,
    readonly nextFree: readonly Slot[],
    readonly found: readonly IdentifyingFinding[],
  ) {
    super(problem.status, problem.code, problem.fields);
  }
}

const isSlot = (value: unknown): value is Slot =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Slot).startsAt === 'string' &&
  Array.isArray((value as Slot).experts);

const isFinding = (value: unknown): value is IdentifyingFinding =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as IdentifyingFinding).field === 'string' &&
  typeof (value as IdentifyingFinding).kind === 'string';

/** The problem in a booking service's error answer, keeping its `nextFree` and `found` when it has them. */
export function toBookingProblem(status: number, body: unknown): ApiProblem {
  const problem = toApiProblem(status, body);
  if (problem.code === transportCodes.unexpectedAnswer) return problem;
  const { nextFree, found } = body as { nextFree?: unknown; found?: unknown };
  return new BookingProblem(
    problem,
    Array.isArray(nextFree) ? nextFree.filter(isSlot) : [],
    Array.isArray(found) ? found.filter(isFinding) : [],
  );
}

export const isBookingProblem = (error: unknown): error is BookingProblem => error instanceof BookingProblem;

/** `answer` of the API client for the booking service's writes: a refusal keeps the free times and findings it carries. */
export async function answerBooking<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: Awaited<typeof call>;
  try {
    result = await call;
  } catch {
    throw new ApiProblem(0, transportCodes.networkError);
  }
  if (!result.response.ok) throw toBookingProblem(result.response.status, result.error);
  return result.data as T;
}
