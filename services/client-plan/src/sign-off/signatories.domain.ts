import { ageOn } from '@yhdessa/calendar';
import type { CareTeamMembership } from '@yhdessa/care-team';
import type { Agency } from '@yhdessa/contracts';
import type { PlanContent } from '../plan-record/plan-content.schema.js';
import type { SignatoryGround, SignatoryPart } from '../plan-record/plan-signatory.entity.js';
import { responsibleWorkerOf } from '../plan-record/care-team.domain.js';
import { SignOffError, SignOffErrorCode } from './sign-off.error.js';

export interface Signatory {
  userId: string;
  displayName: string;
  agency: Agency;
  part: SignatoryPart;
  ground: SignatoryGround;
}

/**
 * Who a version is put to, derived from the plan and the care team as it stands (active members only,
 * so someone who left the team is never asked again): the responsible social worker; for each other
 * agency with actions, the person responsible for its first action (by start, then due); each
 * guardian and foster carer; the young person of 15 or over, who signs; a child of 12 to 14, who is
 * asked to comment (and may sign). Listed in that order, each person once.
 */
export function deriveSignatories(input: {
  active: readonly CareTeamMembership[];
  content: PlanContent;
  childDateOfBirth: string | null;
  today: string;
}): Signatory[] {
  const { active, content, childDateOfBirth, today } = input;
  const worker = responsibleWorkerOf(active);
  if (!worker)
    throw new SignOffError(SignOffErrorCode.NoResponsibleWorker, 'The case has no responsible social worker on its care team.');
  const signatories: Signatory[] = [];
  const add = (member: CareTeamMembership, part: SignatoryPart, ground: SignatoryGround) => {
    if (!signatories.some((signatory) => signatory.userId === member.userId))
      signatories.push({ userId: member.userId, displayName: member.displayName, agency: member.agency as Agency, part, ground });
  };
  add(worker, 'signs', 'responsible-worker');
  const actions = [...content.actions].sort((a, b) => (a.start + a.due + a.id < b.start + b.due + b.id ? -1 : 1));
  for (const agency of [...new Set(actions.map((action) => action.agency))]) {
    const first = actions.find((action) => action.agency === agency)!;
    const member = active.find(
      (candidate) => candidate.userId === first.responsible.userId && candidate.participantKind === 'professional',
    );
    if (!member) {
      throw new SignOffError(
        SignOffErrorCode.ResponsibleNotOnCareTeam,
        'The person responsible for an action is not on the care team.',
        { actionId: first.id },
      );
    }
    add(member, 'signs', 'agency-actions');
  }
  for (const member of active.filter((candidate) => candidate.participantKind === 'guardian')) add(member, 'signs', 'guardian');
  for (const member of active.filter((candidate) => candidate.participantKind === 'foster-carer'))
    add(member, 'signs', 'foster-carer');
  const age = childDateOfBirth === null ? null : ageOn(childDateOfBirth, today);
  for (const member of active.filter((candidate) => candidate.participantKind === 'child')) {
    if (age !== null && age >= 15) add(member, 'signs', 'young-person');
    else if (age !== null && age >= 12) add(member, 'comments', 'child');
  }
  return signatories;
}
