import { Injectable } from '@nestjs/common';
import type { Envelope, PayloadOf } from '@yhdessa/contracts';
import { HandlesEvent } from '@yhdessa/messaging';
import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';

/** What the benchmark consumer does per event: one row of effect, like a projection update. */
export class CreateBenchEffects1767000009500 implements MigrationInterface {
  name = 'CreateBenchEffects1767000009500';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE IF NOT EXISTS bench_effect (event_id uuid PRIMARY KEY, case_id uuid NOT NULL)');
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE bench_effect');
  }
}

/** End-to-end latency: from the event's `occurredAt` (set inside the producing transaction) to its effect. */
export const received = { count: 0, latencies: [] as number[], recordFrom: Number.POSITIVE_INFINITY, runTag: '' };

@Injectable()
export class BenchHandler {
  @HandlesEvent('CaseOpened.v1')
  async onCaseOpened(event: Envelope<PayloadOf<'CaseOpened.v1'>>, manager: EntityManager): Promise<void> {
    await manager.query('INSERT INTO bench_effect (event_id, case_id) VALUES ($1, $2)', [event.id, event.caseId]);
    if (event.payload.responsibleWorker.userId !== received.runTag) return;
    received.count += 1;
    const occurredAt = Date.parse(event.occurredAt);
    if (occurredAt >= received.recordFrom) received.latencies.push(Date.now() - occurredAt);
  }
}
