import { caseFields, caseSight, redact, type CaseReader, type Redacted } from '@yhdessa/access';
import type { CaseEntity } from '../case-record/case.entity.js';

export interface CaseView {
  id: string;
  status: string;
  statusReason: string | null;
  origin: string;
  receivedAt: string;
  language: string;
  child: { name: string | null; dateOfBirth: string | null; personalIdentityCode: string | null };
  guardians: Array<{ name: string; userId: string | null }>;
  notification: { channel: string | null; notifierName: string | null; content: string | null };
  responsibleWorker: { userId: string; displayName: string };
  openedAt: string;
  closedAt: string | null;
}

export type CaseSummary = Pick<CaseView, 'id' | 'status' | 'origin' | 'receivedAt' | 'responsibleWorker' | 'openedAt'> & {
  childName: string | null;
};

export const toCaseView = (entity: CaseEntity): CaseView => ({
  id: entity.id,
  status: entity.status,
  statusReason: entity.statusReason,
  origin: entity.origin,
  receivedAt: entity.receivedAt.toISOString(),
  language: entity.language,
  child: { name: entity.childName, dateOfBirth: entity.childDateOfBirth, personalIdentityCode: entity.personalIdentityCode },
  guardians: entity.guardians,
  notification: { channel: entity.notifierChannel, notifierName: entity.notifierName, content: entity.notificationContent },
  responsibleWorker: { userId: entity.responsibleWorkerId, displayName: entity.responsibleWorkerName },
  openedAt: entity.openedAt.toISOString(),
  closedAt: entity.closedAt?.toISOString() ?? null,
});

export const toCaseSummary = (entity: CaseEntity): CaseSummary => ({
  id: entity.id,
  status: entity.status,
  origin: entity.origin,
  receivedAt: entity.receivedAt.toISOString(),
  responsibleWorker: { userId: entity.responsibleWorkerId, displayName: entity.responsibleWorkerName },
  openedAt: entity.openedAt.toISOString(),
  childName: entity.childName,
});

/** The case as its reader may see it (the field table in libs/access). */
export const caseViewFor = (entity: CaseEntity, reader: CaseReader): Redacted<CaseView> =>
  redact(toCaseView(entity), caseFields, caseSight(reader));
