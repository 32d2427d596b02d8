import { helsinkiWallClock } from '../time/finnish-format.util.js';

/** A free time as the slot search gives it (in Finland's offset of the day). */
export interface FreeTime {
  startsAt: string;
  endsAt: string;
  experts: Array<{ expertId: string; displayName: string; kind: string }>;
}

export interface LiaisonExpert {
  expertId: string;
  userId: string;
  displayName: string;
  kind: string;
}

/** The experts a psychiatry liaison consultation is booked with. */
export const liaisonKinds = ['liaison-nurse', 'liaison-clinician'] as const;

/** How far ahead the free times are looked for: today and the three weeks after, in Helsinki days. */
export const searchDays = 21;

const isoDay = ({ year, month, day }: { year: number; month: number; day: number }) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The Helsinki calendar day of an instant, as `2026-12-07`. */
export const helsinkiDay = (instant: string | Date): string => isoDay(helsinkiWallClock(new Date(instant)));

/** The search's first and last day (inclusive, Helsinki days) from now. */
export function searchWindow(now: Date): { from: string; to: string } {
  return { from: helsinkiDay(now), to: helsinkiDay(new Date(now.getTime() + searchDays * 86_400_000)) };
}

/** Free times grouped by their Helsinki day, the days and the times in order. */
export function timesByDay(times: readonly FreeTime[]): Array<{ day: string; times: FreeTime[] }> {
  const days = new Map<string, FreeTime[]>();
  for (const time of [...times].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const day = helsinkiDay(time.startsAt);
    days.set(day, [...(days.get(day) ?? []), time]);
  }
  return [...days.entries()].map(([day, ofDay]) => ({ day, times: ofDay }));
}

/** The expert offered first: one already on the child's care team, else the first listed. */
export function preferredExpert(experts: readonly LiaisonExpert[], careTeamUserIds: readonly string[]): string | null {
  return (experts.find((expert) => careTeamUserIds.includes(expert.userId)) ?? experts[0])?.expertId ?? null;
}

export const bookingFields = ['topic', 'legalBasis'] as const;
export type BookingField = (typeof bookingFields)[number];
export type BookingErrors = Partial<Record<BookingField, string>>;

export interface BookingForm {
  topic: string;
  /** Child protection books under its own legal basis where the family has not consented. */
  legalBasis: boolean;
}

export interface HeldTime {
  holdId: string;
  startsAt: string;
  expertId: string;
}

export interface NamedBookingCommand {
  consultationType: 'psychiatry-liaison';
  startsAt: string;
  expertIds: string[];
  holdId: string;
  topic: string;
  legalBasis?: 'child-welfare-act-41';
}

/** The form and the held time as the service takes them, or the fields to correct (as word keys). */
export function toNamedBookingCommand(
  form: BookingForm,
  held: HeldTime,
): { command: NamedBookingCommand } | { errors: BookingErrors } {
  const topic = form.topic.trim();
  if (topic === '') return { errors: { topic: 'caseBooking.topicRequired' } };
  if (topic.length > 1000) return { errors: { topic: 'caseBooking.topicTooLong' } };
  return {
    command: {
      consultationType: 'psychiatry-liaison',
      startsAt: held.startsAt,
      expertIds: [held.expertId],
      holdId: held.holdId,
      topic,
      ...(form.legalBasis ? { legalBasis: 'child-welfare-act-41' as const } : {}),
    },
  };
}

/** A refusal the form ties to one of its fields; others are shown as the problem they are. */
export function bookingErrorsFromProblem(code: string | null): BookingErrors | null {
  if (code === 'consent_or_legal_basis_required') return { legalBasis: 'caseBooking.legalBasisNeeded' };
  return null;
}
