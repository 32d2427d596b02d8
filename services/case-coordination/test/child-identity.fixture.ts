const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/**
 * A valid Finnish personal identity code for a child born in the 2000s on `dateOfBirth`, with a
 * random individual number, so each test run has children of its own.
 */
export function childIdentityCode(dateOfBirth: string): string {
  const [year, month, day] = dateOfBirth.split('-');
  const individual = String(2 + Math.floor(Math.random() * 898)).padStart(3, '0');
  const digits = `${day}${month}${year!.slice(2)}${individual}`;
  return `${day}${month}${year!.slice(2)}A${individual}${CHECK_CHARACTERS[Number(digits) % 31]}`;
}

/** A random birth date between 2009 and 2020. */
export function childBirthDate(): string {
  const day = new Date(Date.UTC(2009, 0, 1) + Math.floor(Math.random() * 12 * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}
