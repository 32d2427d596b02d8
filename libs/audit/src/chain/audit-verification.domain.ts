import type { AuditRecord } from '../record/audit-record.model.js';
import { checkChainSegment, type ChainBreak } from './audit-chain.domain.js';
import { AUDIT_GENESIS_HASH } from './audit-hash.util.js';

/** A chain's head as it was anchored outside the database: the record at `seq` had this `hash`. */
export interface ChainCheckpoint {
  chainKey: string;
  seq: number;
  hash: string;
}

/**
 * What is wrong with a chain, at its first broken record:
 * - `hash-mismatch`: the record's fields no longer give its hash (the record was changed);
 * - `prev-hash-mismatch`: the record does not follow the one before it (a record was removed,
 *   inserted, or changed and re-hashed upstream);
 * - `checkpoint-mismatch`: the chain holds together, but the record its checkpoint anchored is no
 *   longer in it as it was (the chain was rewritten and re-hashed from some record on);
 * - `behind-checkpoint`: the chain ends before the record its checkpoint anchored (records were
 *   removed from its end, or the whole chain is gone).
 */
export type AuditChainProblem = ChainBreak | 'checkpoint-mismatch' | 'behind-checkpoint';

export interface AuditChainBreak {
  chainKey: string;
  problem: AuditChainProblem;
  /** The first broken record; for `behind-checkpoint`, the checkpointed record that is missing. */
  seq: number;
  /** The broken record's id; null when the record is missing. */
  recordId: string | null;
  /** For `behind-checkpoint`: the last record the chain still has (null: the chain is gone). */
  headSeq?: number | null;
}

export interface AuditVerification {
  chains: number;
  records: number;
  /** Chains that had a checkpoint to be held against (including chains that are gone). */
  checkpointedChains: number;
  /** One entry per broken chain, naming its first broken record, in chain-key order. */
  breaks: AuditChainBreak[];
}

interface ChainState {
  chainKey: string;
  previousHash: string;
  lastSeq: number | null;
  checkpoint: ChainCheckpoint | undefined;
  reachedCheckpoint: boolean;
  broken: boolean;
}

/**
 * Verifies the chains of one audit log from its records, read once chain by chain in seq order, held
 * against the chains' checkpoints. Each chain must start from the genesis hash, every record must
 * follow the one before it and still give its own hash, and the chain must still hold the record its
 * checkpoint anchored, unchanged. Only a chain's first break is named: whatever follows it in that
 * chain cannot be trusted anyway.
 */
export class AuditChainWalk {
  private readonly checkpoints: ReadonlyMap<string, ChainCheckpoint>;
  private readonly breaks: AuditChainBreak[] = [];
  private readonly seen = new Set<string>();
  private current: ChainState | undefined;
  private records = 0;

  constructor(checkpoints: Iterable<ChainCheckpoint> = []) {
    this.checkpoints = new Map([...checkpoints].map((checkpoint) => [checkpoint.chainKey, checkpoint]));
  }

  /** The next record: chain by chain (in any order of chains, as the database's collation sorts them), each in seq order. */
  add(record: AuditRecord): void {
    if (this.current?.chainKey !== record.chainKey) {
      if (this.seen.has(record.chainKey)) throw new Error('audit records must come chain by chain, in seq order');
      this.closeChain();
      this.current = this.openChain(record.chainKey);
    } else if (this.current.lastSeq !== null && record.seq <= this.current.lastSeq) {
      throw new Error('audit records must come chain by chain, in seq order');
    }
    const chain = this.current;
    this.records += 1;
    chain.lastSeq = record.seq;
    if (chain.broken) return;
    const check = checkChainSegment([record], chain.previousHash);
    if (!check.ok)
      return this.fail(chain, { chainKey: chain.chainKey, problem: check.reason, seq: record.seq, recordId: record.id });
    chain.previousHash = check.lastHash;
    const checkpoint = chain.checkpoint;
    if (!checkpoint || chain.reachedCheckpoint || record.seq < checkpoint.seq) return;
    if (record.seq === checkpoint.seq && record.hash === checkpoint.hash) {
      chain.reachedCheckpoint = true;
      return;
    }
    this.fail(chain, { chainKey: chain.chainKey, problem: 'checkpoint-mismatch', seq: record.seq, recordId: record.id });
  }

  /** The verdict, once every record has been added. Chains known only from a checkpoint are gone. */
  finish(): AuditVerification {
    this.closeChain();
    this.current = undefined;
    for (const checkpoint of this.checkpoints.values()) {
      if (!this.seen.has(checkpoint.chainKey)) {
        this.breaks.push({
          chainKey: checkpoint.chainKey,
          problem: 'behind-checkpoint',
          seq: checkpoint.seq,
          recordId: null,
          headSeq: null,
        });
      }
    }
    this.breaks.sort((a, b) => (a.chainKey < b.chainKey ? -1 : a.chainKey > b.chainKey ? 1 : 0));
    return { chains: this.seen.size, records: this.records, checkpointedChains: this.checkpoints.size, breaks: [...this.breaks] };
  }

  private openChain(chainKey: string): ChainState {
    this.seen.add(chainKey);
    const checkpoint = this.checkpoints.get(chainKey);
    return { chainKey, previousHash: AUDIT_GENESIS_HASH, lastSeq: null, checkpoint, reachedCheckpoint: false, broken: false };
  }

  private closeChain(): void {
    const chain = this.current;
    if (!chain || chain.broken || !chain.checkpoint || chain.reachedCheckpoint) return;
    this.fail(chain, {
      chainKey: chain.chainKey,
      problem: 'behind-checkpoint',
      seq: chain.checkpoint.seq,
      recordId: null,
      headSeq: chain.lastSeq,
    });
  }

  private fail(chain: ChainState, found: AuditChainBreak): void {
    chain.broken = true;
    this.breaks.push(found);
  }
}
