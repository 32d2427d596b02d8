import type { Agency, InformationClass, participantKinds, Role } from '@yhdessa/contracts';

export type ParticipantKind = (typeof participantKinds)[number];

/** The roles on a systemic team (a team of child protection: social workers, a clinician, a coordinator). */
export const systemicTeamRoles = ['social-worker', 'clinician', 'coordinator'] as const;
export type SystemicTeamRole = (typeof systemicTeamRoles)[number];

/** How a user takes part in one case, today. */
export interface CaseParticipation {
  /** Their kind on the case's care team while they are an active member (started, not ended, not removed); else null. */
  careTeam: ParticipantKind | null;
  /** Whether they are the case's responsible social worker. */
  responsibleWorker: boolean;
  /** Their role on a systemic team of the responsible social worker, or null. */
  systemicTeam: SystemicTeamRole | null;
}

/**
 * A user reading or acting on one case: who they are (from their token), how they take part in the
 * case, and which information classes the family has opened to their agency by a consent in force.
 */
export interface CaseReader {
  caseId: string;
  userId: string;
  agency: Agency;
  roles: readonly Role[];
  participation: CaseParticipation;
  /** Information classes a consent in force today opens to the reader's agency on this case. */
  consented: readonly InformationClass[];
}

export const noParticipation: CaseParticipation = { careTeam: null, responsibleWorker: false, systemicTeam: null };
