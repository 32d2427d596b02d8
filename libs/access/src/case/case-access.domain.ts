import type { CaseReader } from './case-reader.js';

/**
 * Who a reader is on a case, for what they may see of it. Kind on the care team and agency must
 * agree: a family member is seen as the guardian, child or foster carer the care team says they are;
 * a professional as one of their agency. Anything else is no audience: the case does not exist for them.
 */
export const caseAudiences = [
  /** The case's responsible social worker (child protection). */
  'responsible-worker',
  /** Another child-protection professional on the care team (a family worker, a second social worker). */
  'child-protection',
  /** A child-protection member of the responsible worker's systemic team who is not on the care team. */
  'systemic-team',
  /** A psychiatry (health care) professional on the care team. */
  'psychiatry',
  /** A school professional on the care team: teacher, special-needs teacher, school social worker. */
  'school',
  'guardian',
  'child',
  'foster-carer',
] as const;
export type CaseAudience = (typeof caseAudiences)[number];

export function caseAudience(reader: Pick<CaseReader, 'agency' | 'participation'>): CaseAudience | null {
  const { careTeam, responsibleWorker, systemicTeam } = reader.participation;
  const agency = reader.agency;
  if (responsibleWorker && agency === 'child-protection') return 'responsible-worker';
  if (careTeam === 'guardian' || careTeam === 'child' || careTeam === 'foster-carer')
    return agency === 'family' ? careTeam : null;
  if (careTeam === 'professional') {
    if (agency === 'child-protection' || agency === 'psychiatry' || agency === 'school') return agency;
    return null;
  }
  if (systemicTeam !== null && agency === 'child-protection') return 'systemic-team';
  return null;
}

/**
 * What one may do on a case. A route declares the level it needs (`@CaseAccess('write')`); whoever
 * lacks it gets the 404 of a case that does not exist, never a 403 that would tell them it does.
 *
 * - `read`: see the case (what of it, the visibility rule decides): anyone with an audience on it —
 *   the care team, the responsible worker, and the responsible worker's systemic team, who discuss
 *   it in their weekly meeting.
 * - `sign`: act in one's own name as a party to the case: give or withdraw a consent, sign off the
 *   client plan. Every active member of the care team: professionals, the child, guardians, foster carers.
 * - `write`: change the case's shared record (its care team, its status, a contribution): the
 *   responsible worker and the professionals on the care team. Routes narrow it further by role.
 * - `decide`: the responsible social worker's own statutory decisions (LSL 13 b §, 26 §).
 * - `assign`: hand the case to another responsible worker: the responsible worker, the coordinator of
 *   their systemic team, or a service manager, who organise caseloads without reading the case.
 */
export const caseAccessLevels = ['read', 'sign', 'write', 'decide', 'assign'] as const;
export type CaseAccessLevel = (typeof caseAccessLevels)[number];

export function allowsOnCase(level: CaseAccessLevel, reader: Pick<CaseReader, 'agency' | 'roles' | 'participation'>): boolean {
  const audience = caseAudience(reader);
  const { careTeam, systemicTeam } = reader.participation;
  switch (level) {
    case 'read':
      return audience !== null;
    case 'sign':
      return audience !== null && (careTeam !== null || audience === 'responsible-worker');
    case 'write':
      return audience === 'responsible-worker' || (audience !== null && careTeam === 'professional');
    case 'decide':
      return audience === 'responsible-worker';
    case 'assign':
      return (
        audience === 'responsible-worker' ||
        (systemicTeam === 'coordinator' && reader.agency === 'child-protection') ||
        reader.roles.includes('service-manager')
      );
  }
}
