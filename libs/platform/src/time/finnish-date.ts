const helsinki = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Finland at an instant: the law's clocks count Finnish days. */
export function finnishDate(instant: Date): string {
  return helsinki.format(instant);
}
