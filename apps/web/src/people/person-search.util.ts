import type { Person } from './person.types.js';

/** The directory answers names of at least this many characters. */
export const MIN_SEARCH_LENGTH = 2;

/** What to search for, or null when too little is typed. */
export function searchable(typed: string): string | null {
  const terms = typed.replaceAll(/\s+/g, ' ').trim();
  return terms.length >= MIN_SEARCH_LENGTH ? terms : null;
}

/** "teacher, school": a person's roles and agency in the reader's language, to tell namesakes apart. */
export function personSummary(person: Pick<Person, 'roles' | 'agency'>, t: (key: string) => string): string {
  return [...person.roles.map((role) => t(`role.${role}`)), t(`agency.${person.agency}`)].join(', ');
}
