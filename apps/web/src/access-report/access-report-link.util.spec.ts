import { offersAccessReport } from './access-report-link.util.js';

describe('offersAccessReport', () => {
  // 23 December 2026 in Helsinki, though already the 22nd in UTC: the birthday counts by Helsinki's date.
  const today = new Date('2026-12-23T00:30:00+02:00');
  const kase = (childDateOfBirth: string | null) => ({ responsibleWorkerId: 'sari', childDateOfBirth });
  const reader = (userId: string, ...roles: string[]) => ({ userId, roles });

  it('offers it to the responsible worker, not to another social worker', () => {
    expect(offersAccessReport(reader('sari', 'cp-social-worker'), kase('2016-05-05'), today)).toBe(true);
    expect(offersAccessReport(reader('jukka', 'cp-social-worker'), kase('2016-05-05'), today)).toBe(false);
  });

  it('offers it to a guardian while the child is a minor, and when the date of birth is unknown', () => {
    expect(offersAccessReport(reader('liisa', 'guardian'), kase('2008-12-24'), today)).toBe(true);
    expect(offersAccessReport(reader('liisa', 'guardian'), kase('2008-12-23'), today)).toBe(false);
    expect(offersAccessReport(reader('liisa', 'guardian'), kase(null), today)).toBe(true);
  });

  it('offers it to the young person from their 15th birthday, never without a date of birth', () => {
    expect(offersAccessReport(reader('aino', 'child'), kase('2011-12-23'), today)).toBe(true);
    expect(offersAccessReport(reader('aino', 'child'), kase('2011-12-24'), today)).toBe(false);
    expect(offersAccessReport(reader('aino', 'child'), kase(null), today)).toBe(false);
  });

  it('offers it to nobody else on the care team', () => {
    expect(offersAccessReport(reader('anna', 'teacher'), kase('2016-05-05'), today)).toBe(false);
    expect(offersAccessReport(reader('riitta', 'foster-carer'), kase('2016-05-05'), today)).toBe(false);
  });
});
