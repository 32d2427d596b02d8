/** When a person is reminded of a consultation: the day before and the hour before its start. */
export const reminderLeads = [
  { lead: 'day-before', minutes: 24 * 60 },
  { lead: 'hour-before', minutes: 60 },
] as const;

export type ReminderLead = (typeof reminderLeads)[number]['lead'];

/** How far ahead the sweep looks: the longest lead. */
export const reminderHorizonMinutes = Math.max(...reminderLeads.map((entry) => entry.minutes));

/**
 * The reminder due now for a consultation starting at `startsAt`: the nearest lead whose time has
 * come, so one booked 30 minutes ahead gets the hour-before reminder and never a late day-before one;
 * none once it has started or while no lead has come.
 */
export function dueReminder(startsAt: Date, now: Date): { lead: ReminderLead; dueAt: Date } | null {
  if (now.getTime() >= startsAt.getTime()) return null;
  let due: { lead: ReminderLead; dueAt: Date } | null = null;
  for (const { lead, minutes } of reminderLeads) {
    const dueAt = new Date(startsAt.getTime() - minutes * 60_000);
    if (now.getTime() >= dueAt.getTime() && (!due || dueAt > due.dueAt)) due = { lead, dueAt };
  }
  return due;
}

/** Who hears of a consultation: the booker and every attending expert, each once (a booker attending as an expert too, once as an expert). */
export function reminderRecipients(
  bookerUserId: string,
  expertUserIds: readonly string[],
): Array<{ userId: string; role: 'booker' | 'expert' }> {
  const experts = [...new Set(expertUserIds)];
  return [
    ...(experts.includes(bookerUserId) ? [] : [{ userId: bookerUserId, role: 'booker' as const }]),
    ...experts.map((userId) => ({ userId, role: 'expert' as const })),
  ];
}
