import type { TeamCaseload } from './caseload.domain.js';
import type { WorkerOpenCases } from './caseload.repository.js';

/** One worker's open cases against the statutory limit: counts only, no client details. */
export interface WorkerCaseload {
  userId: string;
  openCases: number;
  limit: number;
  overLimit: boolean;
}

/** A team's caseload and each of its social workers' open cases: counts only. */
export type TeamCaseloadView = TeamCaseload & { byWorker: WorkerOpenCases[] };
