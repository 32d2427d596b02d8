import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { logger } from '@yhdessa/platform';
import type { Message } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from './outbox-listener.js';
import { SharedProducer } from '../kafka/shared-producer.js';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging.options.js';
import { toKafkaMessage } from './outbox-message.js';
import { OutboxListener } from './outbox-listener.js';

interface OutboxRow {
  seq: string;
  topic: string;
  message_key: string;
  event_name: string;
  envelope: Record<string, unknown>;
}

const DEFAULT_BATCH_SIZE = 500;
const IDLE_POLL_MS = 1_000;

/**
 * Publishes committed outbox rows to Kafka in `seq` order, then marks them sent. Per case, `seq`
 * order is commit order and `sequence` order: a later writer of a case waits for the earlier one to
 * commit before it takes its `seq` (see `EventPublisher`), so no row of a case becomes visible
 * before an earlier one, and a case's events leave in sequence order within a batch and across
 * batches; the idempotent producer, one request in flight, keeps that order in the partition. A
 * crash between sending and marking re-sends the same events (same ids, same sequences) on restart,
 * which the consumers' inboxes absorb: nothing is lost, and nothing happens twice in effect.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private running = false;
  private loop?: Promise<void>;
  private readonly listener: OutboxListener;
  private readonly batchSize: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: SharedProducer,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    this.listener = new OutboxListener(dataSource.options as PostgresConnectionOptions);
    this.batchSize = options.relayBatchSize ?? DEFAULT_BATCH_SIZE;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.relay === false) return;
    this.start(); // the producer waits for the service's topics (TopicProvisioner)
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Finishes the batch in flight, then stops. */
  async stop(): Promise<void> {
    this.running = false;
    await this.listener.close();
    await this.loop;
  }

  /** Before the producer and the database close: the batch in flight finishes first. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Publishes one batch; returns how many events went out. Exposed for tests and benchmarks. */
  async publishBatch(): Promise<number> {
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT seq, topic, message_key, event_name, envelope FROM outbox
       WHERE published_at IS NULL ORDER BY seq LIMIT $1`,
      [this.batchSize],
    );
    if (rows.length === 0) return 0;
    const byTopic = new Map<string, Message[]>();
    for (const row of rows) {
      const messages = byTopic.get(row.topic) ?? [];
      messages.push(toKafkaMessage(row.message_key, row.event_name, row.envelope));
      byTopic.set(row.topic, messages);
    }
    const producer = await this.producer.get();
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
    await this.dataSource.query('UPDATE outbox SET published_at = now() WHERE seq = ANY($1::bigint[])', [
      rows.map((row) => row.seq),
    ]);
    return rows.length;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        if (!(await this.listener.lead())) {
          await this.listener.waitForWork(IDLE_POLL_MS * 5);
          continue;
        }
        const sent = await this.publishBatch();
        failures = 0;
        if (sent < this.batchSize && this.running) await this.listener.waitForWork(IDLE_POLL_MS);
      } catch (error) {
        failures += 1;
        const backoff = Math.min(100 * 2 ** failures, 5_000);
        logger().warn(
          { err: { type: (error as Error).name, message: (error as Error).message }, backoff },
          'outbox relay: publish failed, retrying',
        );
        await new Promise((resolve) => setTimeout(resolve, backoff));
      }
    }
  }
}
