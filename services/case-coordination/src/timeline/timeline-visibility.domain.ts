import type { Agency, InformationClass } from '@yhdessa/contracts';

/** The class each agency works with as its own. */
const ownClass: Partial<Record<Agency, InformationClass>> = {
  'child-protection': 'child-protection',
  psychiatry: 'health',
  school: 'school',
};

/**
 * Which information classes a reader may see on a case: child protection, which holds the case,
 * sees everything; another agency sees the shared plan, its own class, and what the family consented
 * to share with it; the family sees the shared plan.
 */
export function visibleClasses(readerAgency: Agency, consentedToReader: readonly InformationClass[]): Set<InformationClass> {
  if (readerAgency === 'child-protection') return new Set(['child-protection', 'health', 'school', 'shared-plan']);
  const visible = new Set<InformationClass>(['shared-plan']);
  if (readerAgency === 'family' || readerAgency === 'system') return visible;
  const own = ownClass[readerAgency];
  if (own) visible.add(own);
  for (const informationClass of consentedToReader) visible.add(informationClass);
  return visible;
}
