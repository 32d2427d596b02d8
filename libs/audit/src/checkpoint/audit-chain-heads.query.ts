import type { EntityManager } from 'typeorm';
import type { ChainCheckpoint } from '../chain/audit-verification.domain.js';

/**
 * Every chain's head: its last committed record's seq and hash. One index probe per chain on
 * (chain_key, seq), hopping from one chain key to the next (a loose index scan), so the cost grows
 * with the number of chains, not of records.
 */
export async function readChainHeads(manager: EntityManager): Promise<ChainCheckpoint[]> {
  const rows: Array<{ chain_key: string; seq: string; hash: string }> = await manager.query(`
    WITH RECURSIVE chain AS (
      (SELECT chain_key FROM audit_record ORDER BY chain_key LIMIT 1)
      UNION ALL
      SELECT (SELECT next.chain_key FROM audit_record AS next WHERE next.chain_key > chain.chain_key ORDER BY next.chain_key LIMIT 1)
      FROM chain WHERE chain.chain_key IS NOT NULL
    )
    SELECT chain.chain_key, head.seq, head.hash FROM chain
    CROSS JOIN LATERAL (
      SELECT seq, hash FROM audit_record WHERE audit_record.chain_key = chain.chain_key ORDER BY seq DESC LIMIT 1
    ) AS head`);
  return rows.map((row) => ({ chainKey: row.chain_key, seq: Number(row.seq), hash: row.hash }));
}
