import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { auditCheckpointsTopic } from '@yhdessa/contracts';
import { createKafka } from '@yhdessa/messaging';
import { Clock, logger } from '@yhdessa/platform';
import type { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { AUDIT_OPTIONS, type AuditModuleOptions } from '../audit.options.js';
import { AuditLog } from '../record/audit-log.service.js';
import { readChainHeads } from './audit-chain-heads.query.js';
import { encodeAuditCheckpoint, headsToPublish } from './audit-checkpoint.domain.js';
import { ensureAuditCheckpointTopic } from './audit-checkpoint.topic.js';

const MESSAGES_PER_SEND = 500;
/** A last checkpoint while stopping waits this long for Kafka at most; the next start publishes every head anyway. */
const FINAL_CHECKPOINT_TIMEOUT_MS = 5_000;

/**
 * Anchors the audit chains outside the database: every `intervalMs`, and once more while the service
 * stops, publishes the head (last seq and hash) of every chain that moved since the last checkpoint to
 * the compacted `audit.checkpoints` topic, keyed by database and chain. `./yhdessa audit verify`
 * holds each chain against its latest checkpoint, so records deleted from a chain's end, which leave
 * the rest of the chain consistent, are found.
 *
 * Only committed records are read, so a checkpoint never names a record that could still roll back.
 * The first checkpoint after a start publishes every head (nothing is known to be published). A
 * failed publication is logged and tried again at the next interval; the service keeps serving.
 * Several instances of one service publish the same heads: harmless, the latest per chain counts.
 */
@Injectable()
export class AuditCheckpointer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly published = new Map<string, number>();
  private readonly kafka?: Kafka;
  private producer?: Promise<Producer>;
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;
  private stopping = false;
  private database?: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
    @Inject(AUDIT_OPTIONS) private readonly options: AuditModuleOptions,
  ) {
    if (options.checkpoints) this.kafka = createKafka(`${options.service}-audit-checkpoints`, options.checkpoints.brokers);
  }

  onApplicationBootstrap(): void {
    if (!this.options.checkpoints) return;
    this.timer = setInterval(() => void this.checkpointInBackground(), this.options.checkpoints.intervalMs);
    void this.checkpointInBackground();
  }

  /** The records being written are written, then their heads are checkpointed, before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.kafka) return;
    clearInterval(this.timer);
    let timeout: NodeJS.Timeout | undefined;
    const final = (async () => {
      await this.inFlight;
      await this.auditLog.drained();
      await this.checkpointInBackground();
    })();
    await Promise.race([final, new Promise((resolve) => (timeout = setTimeout(resolve, FINAL_CHECKPOINT_TIMEOUT_MS)))]).finally(
      () => clearTimeout(timeout),
    );
    this.stopping = true;
    const producer = this.producer;
    this.producer = undefined;
    await producer?.then((connected) => connected.disconnect()).catch(() => undefined);
  }

  /**
   * Publishes the heads of the chains that moved since the last checkpoint, and returns how many.
   * Exposed for tests; the service calls it on its own every interval.
   */
  async checkpoint(): Promise<number> {
    if (!this.kafka) throw new Error('audit checkpoints are not configured for this service');
    this.database ??= ((await this.dataSource.query('SELECT current_database() AS name')) as Array<{ name: string }>)[0]!.name;
    const moved = headsToPublish(await readChainHeads(this.dataSource.manager), this.published);
    if (moved.length === 0) return 0;
    const producer = await this.connectedProducer();
    const checkpointedAt = this.clock.now().toISOString();
    for (let start = 0; start < moved.length; start += MESSAGES_PER_SEND) {
      const batch = moved.slice(start, start + MESSAGES_PER_SEND);
      const messages = batch.map((head) =>
        encodeAuditCheckpoint({ version: 1, service: this.options.service, database: this.database!, ...head, checkpointedAt }),
      );
      await producer.send({ topic: auditCheckpointsTopic, acks: -1, messages });
      for (const head of batch) this.published.set(head.chainKey, head.seq);
    }
    return moved.length;
  }

  /** One checkpoint at a time: an interval that comes while one is still running is skipped (the next one catches up). */
  private checkpointInBackground(): Promise<void> {
    this.inFlight ??= this.checkpoint()
      .then(
        () => undefined,
        (error: unknown) => {
          logger().warn(
            { err: { type: (error as Error)?.name, message: (error as Error)?.message } },
            'audit checkpoint not published; trying again at the next interval',
          );
        },
      )
      .finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private connectedProducer(): Promise<Producer> {
    this.producer ??= (async () => {
      await ensureAuditCheckpointTopic(this.kafka!, this.options.checkpoints?.topicSettings);
      const producer = this.kafka!.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
      await producer.connect();
      if (this.stopping) {
        // Connected only after the service gave up waiting for its last checkpoint.
        await producer.disconnect();
        throw new Error('the service is stopping');
      }
      return producer;
    })().catch((error: unknown) => {
      this.producer = undefined;
      throw error;
    });
    return this.producer;
  }
}
