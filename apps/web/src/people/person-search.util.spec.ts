import { personSummary, searchable } from './person-search.util.js';

describe('searching for a person', () => {
  it('searches for what is typed, spaces tidied, from two characters on', () => {
    expect(searchable('  Jukka   Lehto ')).toBe('Jukka Lehto');
    expect(searchable('ju')).toBe('ju');
    expect(searchable(' j ')).toBeNull();
    expect(searchable('')).toBeNull();
  });

  it('tells a person by their roles and agency, in the words given', () => {
    const words: Record<string, string> = {
      'role.teacher': 'opettaja',
      'role.special-needs-teacher': 'erityisopettaja',
      'agency.school': 'koulu',
    };
    const t = (key: string) => words[key] ?? key;
    expect(personSummary({ roles: ['teacher'], agency: 'school' }, t)).toBe('opettaja, koulu');
    expect(personSummary({ roles: ['teacher', 'special-needs-teacher'], agency: 'school' }, t)).toBe(
      'opettaja, erityisopettaja, koulu',
    );
    expect(personSummary({ roles: [], agency: 'school' }, t)).toBe('koulu');
  });
});
