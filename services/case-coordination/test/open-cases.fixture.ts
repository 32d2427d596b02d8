import type { CaseCoordinationUnderTest } from './case-coordination.fixture.js';

/**
 * Closes, through the API, every open case in the test database whose responsible worker is one of
 * `workers` (user id → token): a test database outlives its run, and the caseload limit would
 * otherwise stop the workers from opening cases after a few runs.
 */
export async function closeOpenCases(service: CaseCoordinationUnderTest, workers: ReadonlyMap<string, string>): Promise<void> {
  const open: Array<{ id: string; responsible_worker_id: string }> = await service.dataSource.query(
    "SELECT id, responsible_worker_id FROM child_case WHERE status = 'open'",
  );
  for (const kase of open) {
    const token = workers.get(kase.responsible_worker_id);
    if (token) await service.call('POST', `/cases/${kase.id}/close`, token, { reason: 'test finished' });
  }
}
