import { caseAudiences, noParticipation, type CaseParticipation, type CaseReader } from '@yhdessa/access';
import { mayReadAccessReport } from './access-report.domain.js';

type Reader = Pick<CaseReader, 'agency' | 'participation'>;
const reader = (agency: CaseReader['agency'], participation: Partial<CaseParticipation>): Reader => ({
  agency,
  participation: { ...noParticipation, ...participation },
});

/** One reader of each audience a case has. */
const readers: Record<(typeof caseAudiences)[number], Reader> = {
  'responsible-worker': reader('child-protection', { responsibleWorker: true }),
  'child-protection': reader('child-protection', { careTeam: 'professional' }),
  'systemic-team': reader('child-protection', { systemicTeam: 'coordinator' }),
  psychiatry: reader('psychiatry', { careTeam: 'professional' }),
  school: reader('school', { careTeam: 'professional' }),
  guardian: reader('family', { careTeam: 'guardian' }),
  child: reader('family', { careTeam: 'child' }),
  'foster-carer': reader('family', { careTeam: 'foster-carer' }),
};

const TODAY = '2026-06-15';

describe('mayReadAccessReport', () => {
  it.each<[(typeof caseAudiences)[number], boolean]>([
    ['responsible-worker', true],
    ['guardian', true],
    ['child-protection', false],
    ['systemic-team', false],
    ['psychiatry', false],
    ['school', false],
    ['foster-carer', false],
    ['child', false],
  ])('of a 10-year-old: %s → %s', (audience, allowed) => {
    expect(mayReadAccessReport(readers[audience], '2016-01-10', TODAY)).toBe(allowed);
  });

  it('lets the young person read it from their 15th birthday, not the day before', () => {
    expect(mayReadAccessReport(readers.child, '2011-06-15', TODAY)).toBe(true);
    expect(mayReadAccessReport(readers.child, '2011-06-16', TODAY)).toBe(false);
  });

  it("ends the guardians' reading on the child's 18th birthday; the young person and the worker keep it", () => {
    expect(mayReadAccessReport(readers.guardian, '2008-06-16', TODAY)).toBe(true);
    expect(mayReadAccessReport(readers.guardian, '2008-06-15', TODAY)).toBe(false);
    expect(mayReadAccessReport(readers.child, '2008-06-15', TODAY)).toBe(true);
    expect(mayReadAccessReport(readers['responsible-worker'], '2008-06-15', TODAY)).toBe(true);
  });

  it('without a date of birth: the guardians read it, the child does not (their age cannot be checked)', () => {
    expect(mayReadAccessReport(readers.guardian, null, TODAY)).toBe(true);
    expect(mayReadAccessReport(readers.child, null, TODAY)).toBe(false);
  });

  it('refuses someone who is no audience of the case, e.g. a family member seen through a professional agency', () => {
    expect(mayReadAccessReport(reader('school', { careTeam: 'guardian' }), '2016-01-10', TODAY)).toBe(false);
    expect(mayReadAccessReport(reader('family', {}), '2016-01-10', TODAY)).toBe(false);
  });
});
