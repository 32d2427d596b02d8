import { z } from 'zod';
import type { ChainCheckpoint } from '../chain/audit-verification.domain.js';

/**
 * A checkpoint: one chain's head (its last record's seq and hash) in one service's database, as the
 * service saw it committed. Ids and hashes only: a chain key is a case id, never client data.
 */
export const auditCheckpointSchema = z.object({
  version: z.literal(1),
  service: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/),
  database: z.string().regex(/^[a-z_][a-z0-9_]*$/),
  chainKey: z.string().min(1).max(64),
  seq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  checkpointedAt: z.iso.datetime(),
});

export type AuditCheckpoint = z.infer<typeof auditCheckpointSchema>;

/** One Kafka key per chain and database, so a compacted topic keeps each chain's latest head. */
export function auditCheckpointKey(database: string, chainKey: string): string {
  return `${database}/${chainKey}`;
}

export function encodeAuditCheckpoint(checkpoint: AuditCheckpoint): { key: string; value: string } {
  return {
    key: auditCheckpointKey(checkpoint.database, checkpoint.chainKey),
    value: JSON.stringify(auditCheckpointSchema.parse(checkpoint)),
  };
}

/** A checkpoint read back, or undefined for anything that is not one (or whose key does not match it). */
export function decodeAuditCheckpoint(key: string | null, value: string | null): AuditCheckpoint | undefined {
  if (value === null) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  const result = auditCheckpointSchema.safeParse(parsed);
  if (!result.success || key !== auditCheckpointKey(result.data.database, result.data.chainKey)) return undefined;
  return result.data;
}

/** Checkpoints by database; per chain, the one furthest along (a chain's head only moves forward). */
export class AuditCheckpointIndex {
  private readonly byDatabase = new Map<string, { services: Set<string>; chains: Map<string, ChainCheckpoint> }>();

  add(checkpoint: AuditCheckpoint): void {
    let database = this.byDatabase.get(checkpoint.database);
    if (!database) {
      database = { services: new Set(), chains: new Map() };
      this.byDatabase.set(checkpoint.database, database);
    }
    database.services.add(checkpoint.service);
    const known = database.chains.get(checkpoint.chainKey);
    if (!known || checkpoint.seq > known.seq) {
      database.chains.set(checkpoint.chainKey, { chainKey: checkpoint.chainKey, seq: checkpoint.seq, hash: checkpoint.hash });
    }
  }

  /** The latest checkpoint of every chain of `database` (none: an empty list). */
  chainsOf(database: string): ChainCheckpoint[] {
    return [...(this.byDatabase.get(database)?.chains.values() ?? [])];
  }

  /** The services that checkpointed `database`, by name. */
  servicesOf(database: string): string[] {
    return [...(this.byDatabase.get(database)?.services ?? [])].sort();
  }
}

/** The heads that moved since they were last published: what the next checkpoint has to carry. */
export function headsToPublish(heads: readonly ChainCheckpoint[], published: ReadonlyMap<string, number>): ChainCheckpoint[] {
  return heads.filter((head) => (published.get(head.chainKey) ?? 0) < head.seq);
}
