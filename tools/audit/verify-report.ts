import type { AuditChainBreak, AuditVerification } from '@yhdessa/audit';

/** One database's verdict: what was checked and what broke. Ids, seqs and counts only, never client data. */
export interface DatabaseVerdict {
  database: string;
  /** The services that write to it (from the service list, else from its checkpoints). */
  services: string[];
  /** False when the database, or its audit_record table, is not there. */
  found: boolean;
  verification: AuditVerification;
  /** Whether checkpoints were read at all (`--no-checkpoints` skips them). */
  checkpointsRead: boolean;
}

const problems: Record<AuditChainBreak['problem'], string> = {
  'hash-mismatch': "the record's fields no longer give its hash: it was changed",
  'prev-hash-mismatch':
    'the record does not follow the one before it: a record before it was removed, inserted or changed and re-hashed',
  'checkpoint-mismatch': 'the chain was rewritten: the record its checkpoint anchored is not in it as it was',
  'behind-checkpoint': 'records are missing from the end of the chain',
};

/** The line naming a broken chain's first broken record, and what is wrong with it. */
export function describeBreak(found: AuditChainBreak): string {
  const at =
    found.problem === 'behind-checkpoint'
      ? found.headSeq === null
        ? `chain gone, checkpointed up to seq ${found.seq}`
        : `chain ends at seq ${found.headSeq}, checkpointed up to seq ${found.seq}`
      : `first broken record seq ${found.seq}, id ${found.recordId}`;
  return `chain ${found.chainKey}: ${at}: ${found.problem} (${problems[found.problem]})`;
}

/** The report of one database: a summary line, then one line per broken chain and per warning. */
export function describeDatabase(verdict: DatabaseVerdict): string[] {
  const { verification: result } = verdict;
  const name = verdict.services.length > 0 ? `${verdict.database} (${verdict.services.join(', ')})` : verdict.database;
  const state = result.breaks.length > 0 ? 'BROKEN' : 'ok';
  const counts = verdict.found
    ? `${result.chains} chains, ${result.records} records, ${result.checkpointedChains} chains held against checkpoints`
    : `no audit log, ${result.checkpointedChains} chains checkpointed`;
  const lines = [`${name}: ${state}: ${counts}`];
  for (const found of result.breaks) lines.push(`  ${describeBreak(found)}`);
  if (verdict.checkpointsRead && verdict.found && result.records > 0 && result.checkpointedChains === 0) {
    lines.push('  warning: no checkpoint of this database: records removed from the end of a chain would go unnoticed');
  }
  return lines;
}
