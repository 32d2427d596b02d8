import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RedisClient } from '../redis/redis.provider.js';
import { KafkaHealthProbe } from './kafka-health.probe.js';

export type CheckResult = { status: 'up' } | { status: 'down'; error: string };

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer); // an answered check leaves no timer behind
  }
}

async function check(work: () => Promise<unknown>): Promise<CheckResult> {
  try {
    await withTimeout(work(), 2_000);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  }
}

/** Asks each server the service depends on whether it answers right now. */
@Injectable()
export class ReadinessChecks {
  constructor(
    private readonly redis: RedisClient,
    @Optional() private readonly dataSource?: DataSource,
    @Optional() @Inject(KafkaHealthProbe) private readonly kafka?: KafkaHealthProbe | null,
  ) {}

  async run(): Promise<Record<string, CheckResult>> {
    const checks: Record<string, Promise<CheckResult>> = {
      redis: check(() => this.redis.redis.ping()),
    };
    const { dataSource, kafka } = this;
    if (dataSource) checks['postgres'] = check(() => dataSource.query('SELECT 1'));
    if (kafka) checks['kafka'] = check(() => kafka.check());
    const entries = await Promise.all(Object.entries(checks).map(async ([name, result]) => [name, await result] as const));
    return Object.fromEntries(entries);
  }
}
