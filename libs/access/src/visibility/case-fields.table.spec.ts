import type { InformationClass } from '@yhdessa/contracts';
import { caseAudiences, type CaseAudience } from '../case/case-access.domain.js';
import { caseFields } from './case-fields.table.js';
import { seesField, type FieldRule } from './field-visibility.js';
import { classReach } from './information-visibility.domain.js';

/** The case page's fields, flattened to paths, that each audience sees with and without consents. */
function seenPaths(audience: CaseAudience, consented: readonly InformationClass[]): string[] {
  const reach = classReach[audience];
  const classes = new Set(
    (Object.keys(reach) as InformationClass[]).filter(
      (c) => reach[c] === 'always' || (reach[c] === 'with-consent' && consented.includes(c)),
    ),
  );
  const walk = (table: Record<string, unknown>, prefix: string): string[] =>
    Object.entries(table).flatMap(([key, rule]) =>
      typeof rule === 'object' && rule !== null && !('only' in rule)
        ? walk(rule as Record<string, unknown>, `${prefix}${key}.`)
        : seesField(rule as FieldRule, { audience, classes })
          ? [`${prefix}${key}`]
          : [],
    );
  return walk(caseFields, '');
}

const basics = [
  'id',
  'status',
  'receivedAt',
  'language',
  'child.name',
  'child.dateOfBirth',
  'guardians',
  'responsibleWorker',
  'openedAt',
  'closedAt',
];
const childProtection = ['statusReason', 'origin', 'child.personalIdentityCode', 'notification.channel', 'notification.content'];
const sorted = (paths: string[]) => [...paths].sort();

describe('the case page, field by field', () => {
  const expected: Record<CaseAudience, { without: string[]; withEveryConsent: string[] }> = {
    'responsible-worker': {
      without: [...basics, ...childProtection, 'notification.notifierName'],
      withEveryConsent: [...basics, ...childProtection, 'notification.notifierName'],
    },
    'child-protection': {
      without: [...basics, ...childProtection, 'notification.notifierName'],
      withEveryConsent: [...basics, ...childProtection, 'notification.notifierName'],
    },
    'systemic-team': { without: [...basics, ...childProtection], withEveryConsent: [...basics, ...childProtection] },
    psychiatry: { without: basics, withEveryConsent: [...basics, ...childProtection] },
    school: { without: basics, withEveryConsent: [...basics, ...childProtection] },
    guardian: { without: basics, withEveryConsent: basics },
    child: { without: basics, withEveryConsent: basics },
    'foster-carer': { without: basics, withEveryConsent: basics },
  };

  it.each(caseAudiences)('%s', (audience) => {
    expect(sorted(seenPaths(audience, []))).toEqual(sorted(expected[audience].without));
    expect(sorted(seenPaths(audience, ['child-protection', 'health', 'school']))).toEqual(
      sorted(expected[audience].withEveryConsent),
    );
  });

  it("names the notifier to child protection's case handlers only, whatever the consents", () => {
    const naming = caseAudiences.filter((audience) =>
      seenPaths(audience, ['child-protection', 'health', 'school']).includes('notification.notifierName'),
    );
    expect(naming).toEqual(['responsible-worker', 'child-protection']);
  });
});
