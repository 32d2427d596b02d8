import type { InformationClass } from '@yhdessa/contracts';
import { caseAudience, type CaseAudience } from '../case/case-access.domain.js';
import type { CaseReader } from '../case/case-reader.js';

/** How an information class reaches an audience: always, only while the family's consent to the reader's agency is in force, or never. */
export type Reach = 'always' | 'with-consent' | 'never';

/**
 * Which information classes each audience sees on a case. Child protection holds the case and has a
 * right to the information its work needs whatever its source (LSL 41 §): its audiences see every
 * class. Another agency sees the shared plan and its own class, and another agency's class only while
 * the family's consent to share it with them is in force. The child and the family see what is shared
 * with every party (the shared plan and their own case's basic facts; see the field tables).
 */
export const classReach: Readonly<Record<CaseAudience, Readonly<Record<InformationClass, Reach>>>> = {
  'responsible-worker': { 'child-protection': 'always', health: 'always', school: 'always', 'shared-plan': 'always' },
  'child-protection': { 'child-protection': 'always', health: 'always', school: 'always', 'shared-plan': 'always' },
  'systemic-team': { 'child-protection': 'always', health: 'always', school: 'always', 'shared-plan': 'always' },
  psychiatry: { 'child-protection': 'with-consent', health: 'always', school: 'with-consent', 'shared-plan': 'always' },
  school: { 'child-protection': 'with-consent', health: 'with-consent', school: 'always', 'shared-plan': 'always' },
  guardian: { 'child-protection': 'never', health: 'never', school: 'never', 'shared-plan': 'always' },
  child: { 'child-protection': 'never', health: 'never', school: 'never', 'shared-plan': 'always' },
  'foster-carer': { 'child-protection': 'never', health: 'never', school: 'never', 'shared-plan': 'always' },
};

/** What one reader sees of one case: who they are on it, and the classes open to them. */
export interface Sight {
  audience: CaseAudience | null;
  classes: ReadonlySet<InformationClass>;
}

/** No audience, no class: a case the reader has no part in. */
export const blindSight: Sight = { audience: null, classes: new Set() };

export function caseSight(reader: Pick<CaseReader, 'agency' | 'participation' | 'consented'>): Sight {
  const audience = caseAudience(reader);
  if (audience === null) return blindSight;
  const reach = classReach[audience];
  const classes = new Set<InformationClass>();
  for (const informationClass of Object.keys(reach) as InformationClass[]) {
    const how = reach[informationClass];
    if (how === 'always' || (how === 'with-consent' && reader.consented.includes(informationClass)))
      classes.add(informationClass);
  }
  return { audience, classes };
}

/** What a reader sees of something that concerns several cases at once (an amendment to minutes): only what they see on every one. */
export function commonSight(sights: readonly Sight[]): Sight {
  const [first, ...rest] = sights;
  if (!first) return blindSight;
  return {
    audience: rest.every((sight) => sight.audience === first.audience) ? first.audience : null,
    classes: new Set([...first.classes].filter((informationClass) => rest.every((sight) => sight.classes.has(informationClass)))),
  };
}

/** The sight of whoever the readers map holds for a case; a case they have no reader on, blind. */
export function sightOn(
  readers: ReadonlyMap<string, Pick<CaseReader, 'agency' | 'participation' | 'consented'>>,
  caseId: string,
): Sight {
  const reader = readers.get(caseId);
  return reader ? caseSight(reader) : blindSight;
}
