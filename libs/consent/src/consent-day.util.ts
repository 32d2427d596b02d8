const helsinki = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (ISO date) in Finland at an instant: a consent "until 31 May" means the Finnish 31 May. */
export function consentDay(instant: Date): string {
  return helsinki.format(instant);
}
