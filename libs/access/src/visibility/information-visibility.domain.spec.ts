import type { Agency, InformationClass } from '@yhdessa/contracts';
import { noParticipation, type CaseParticipation } from '../case/case-reader.js';
import { caseSight, commonSight } from './information-visibility.domain.js';

const sight = (agency: Agency, participation: Partial<CaseParticipation>, consented: InformationClass[] = []) =>
  caseSight({ agency, participation: { ...noParticipation, ...participation }, consented });
const classes = (seen: ReturnType<typeof caseSight>) => [...seen.classes].sort();

describe('caseSight', () => {
  it('shows child protection every class on its case, the systemic team included', () => {
    expect(classes(sight('child-protection', { responsibleWorker: true }))).toEqual([
      'child-protection',
      'health',
      'school',
      'shared-plan',
    ]);
    expect(classes(sight('child-protection', { careTeam: 'professional' }))).toEqual([
      'child-protection',
      'health',
      'school',
      'shared-plan',
    ]);
    expect(classes(sight('child-protection', { systemicTeam: 'clinician' }))).toEqual([
      'child-protection',
      'health',
      'school',
      'shared-plan',
    ]);
  });

  it('shows the school the shared plan and school information, and more only by consent', () => {
    expect(classes(sight('school', { careTeam: 'professional' }))).toEqual(['school', 'shared-plan']);
    expect(classes(sight('school', { careTeam: 'professional' }, ['health', 'child-protection']))).toEqual([
      'child-protection',
      'health',
      'school',
      'shared-plan',
    ]);
  });

  it('shows psychiatry health information as its own, and school information by consent', () => {
    expect(classes(sight('psychiatry', { careTeam: 'professional' }))).toEqual(['health', 'shared-plan']);
    expect(classes(sight('psychiatry', { careTeam: 'professional' }, ['school']))).toEqual(['health', 'school', 'shared-plan']);
  });

  it('shows the child and the family the shared plan only, whatever consents exist', () => {
    for (const careTeam of ['guardian', 'child', 'foster-carer'] as const) {
      expect(classes(sight('family', { careTeam }, ['health', 'school', 'child-protection']))).toEqual(['shared-plan']);
    }
  });

  it('shows nothing to someone without a part in the case, consent or not', () => {
    expect(sight('school', {}, ['health'])).toEqual({ audience: null, classes: new Set() });
  });
});

describe('commonSight', () => {
  it('keeps what is seen on every case, and an audience only where all agree', () => {
    const both = commonSight([
      sight('school', { careTeam: 'professional' }, ['health']),
      sight('school', { careTeam: 'professional' }),
    ]);
    expect(both.audience).toBe('school');
    expect([...both.classes].sort()).toEqual(['school', 'shared-plan']);
    const mixed = commonSight([
      sight('child-protection', { responsibleWorker: true }),
      sight('child-protection', { systemicTeam: 'coordinator' }),
    ]);
    expect(mixed.audience).toBeNull();
    expect(commonSight([])).toEqual({ audience: null, classes: new Set() });
  });
});
