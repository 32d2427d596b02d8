import type { Agency, Role } from '@yhdessa/contracts';
import { allowsOnCase, caseAccessLevels, caseAudience, type CaseAccessLevel } from './case-access.domain.js';
import { noParticipation, type CaseParticipation } from './case-reader.js';

const reader = (agency: Agency, participation: Partial<CaseParticipation>, roles: Role[] = []) => ({
  agency,
  roles,
  participation: { ...noParticipation, ...participation },
});

describe('caseAudience', () => {
  it.each([
    [
      'the responsible worker',
      reader('child-protection', { responsibleWorker: true, careTeam: 'professional', systemicTeam: 'social-worker' }),
      'responsible-worker',
    ],
    ['a social worker on the care team', reader('child-protection', { careTeam: 'professional' }), 'child-protection'],
    [
      'a care-team social worker who is also on the systemic team',
      reader('child-protection', { careTeam: 'professional', systemicTeam: 'clinician' }),
      'child-protection',
    ],
    ["the clinician of the worker's systemic team", reader('child-protection', { systemicTeam: 'clinician' }), 'systemic-team'],
    ['a psychiatry clinician on the care team', reader('psychiatry', { careTeam: 'professional' }), 'psychiatry'],
    ['a teacher on the care team', reader('school', { careTeam: 'professional' }), 'school'],
    ['a guardian on the care team', reader('family', { careTeam: 'guardian' }), 'guardian'],
    ['the child', reader('family', { careTeam: 'child' }), 'child'],
    ['the foster carer', reader('family', { careTeam: 'foster-carer' }), 'foster-carer'],
  ] as const)('sees %s as %s', (_who, someone, audience) => {
    expect(caseAudience(someone)).toBe(audience);
  });

  it.each([
    ['someone who takes no part', reader('child-protection', {})],
    ['a former member (not active)', reader('school', {})],
    ['a family member listed as a professional', reader('family', { careTeam: 'professional' })],
    ['a teacher listed as a guardian', reader('school', { careTeam: 'guardian' })],
    ['a system account', reader('system', { careTeam: 'professional' })],
    ['a responsible worker recorded outside child protection', reader('school', { responsibleWorker: true })],
    ['a systemic-team member of another agency', reader('psychiatry', { systemicTeam: 'clinician' })],
  ] as const)('gives %s no audience', (_who, someone) => {
    expect(caseAudience(someone)).toBeNull();
  });
});

describe('allowsOnCase', () => {
  const readers = {
    'responsible worker': reader('child-protection', { responsibleWorker: true, careTeam: 'professional' }),
    'social worker on the care team': reader('child-protection', { careTeam: 'professional' }),
    'systemic-team colleague': reader('child-protection', { systemicTeam: 'social-worker' }),
    "coordinator of the worker's team": reader('child-protection', { systemicTeam: 'coordinator' }),
    'teacher on the care team': reader('school', { careTeam: 'professional' }),
    'guardian on the care team': reader('family', { careTeam: 'guardian' }),
    'child on the care team': reader('family', { careTeam: 'child' }),
    'service manager off the case': reader('child-protection', {}, ['service-manager']),
    'teacher off the case': reader('school', {}),
    'guardian of another child': reader('family', {}),
  };
  type Who = keyof typeof readers;
  const allowed: Record<CaseAccessLevel, Who[]> = {
    read: [
      'responsible worker',
      'social worker on the care team',
      'systemic-team colleague',
      "coordinator of the worker's team",
      'teacher on the care team',
      'guardian on the care team',
      'child on the care team',
    ],
    sign: [
      'responsible worker',
      'social worker on the care team',
      'teacher on the care team',
      'guardian on the care team',
      'child on the care team',
    ],
    write: ['responsible worker', 'social worker on the care team', 'teacher on the care team'],
    decide: ['responsible worker'],
    assign: ['responsible worker', "coordinator of the worker's team", 'service manager off the case'],
  };

  it.each(caseAccessLevels)('grants %s to exactly those the rule names', (level) => {
    const granted = (Object.keys(readers) as Who[]).filter((who) => allowsOnCase(level, readers[who]));
    expect(granted).toEqual(allowed[level]);
  });
});
