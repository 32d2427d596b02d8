import type { AssessmentNeedV1, InformationClass, assessmentKinds } from '@yhdessa/contracts';
import type { Answers } from './answers.schema.js';
import type { Frame } from '../frame/frame.domain.js';
import type { SynthesisDraft } from './synthesis-draft.schema.js';

export type AssessmentKind = (typeof assessmentKinds)[number];

/** A synthesis as stored: the draft, and the needs with the ids they keep from the first save on. */
export type StoredSynthesis = Omit<SynthesisDraft, 'needs'> & { needs: AssessmentNeedV1[] };

export interface AssessmentRecord {
  id: string;
  caseId: string;
  kind: AssessmentKind;
  frame: Frame;
  leadUserId: string;
  leadName: string;
  blindUntilSubmitted: boolean;
  status: 'open' | 'completed';
  startedAt: Date;
  completedAt: Date | null;
  synthesis: StoredSynthesis | null;
  synthesisVersion: number;
}

/** One invitee and their view: the invitation row holds the view as it is saved, then submitted. */
export interface InvitationRecord {
  id: string;
  assessmentId: string;
  caseId: string;
  userId: string;
  displayName: string;
  agency: string;
  participantKind: string;
  roleInCase: string;
  informationClass: InformationClass;
  dueOn: string;
  invitedAt: Date;
  answers: Answers | null;
  version: number;
  savedAt: Date | null;
  submittedAt: Date | null;
  recordedByUserId: string | null;
  recordedByName: string | null;
  recordedHow: string | null;
  safetyConcernRaisedAt: Date | null;
}

export interface AddendumRecord {
  id: string;
  invitationId: string;
  text: string;
  addedAt: Date;
  addedByUserId: string;
  addedByName: string;
}
