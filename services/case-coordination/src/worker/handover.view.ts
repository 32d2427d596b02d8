/** What a handover answers: who is responsible now, and no client details (managers act without them). */
export interface HandoverResult {
  caseId: string;
  responsibleWorker: { userId: string; displayName: string };
}
