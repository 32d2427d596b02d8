import 'reflect-metadata';
import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { systemActor, topics } from '@yhdessa/contracts';
import { messagingMigrations, EventPublisher, OutboxRelay, ensureTopics } from '@yhdessa/messaging';
import { configureRootLogger, newId } from '@yhdessa/platform';
import { expectEventually, startMessagingApp, testServers, type MessagingTestApp } from '@yhdessa/testing';
import { Kafka, logLevel } from 'kafkajs';
import { BenchHandler, CreateBenchEffects1767000009500, received } from './bench-consumer.js';
import { percentiles } from './latency-stats.js';

/**
 * `npm run bench:events`: the outbox → Kafka → inbox path between two services, beside a raw
 * kafkajs produce → consume baseline on the same broker, in the same run (compare ratios: the
 * machine is shared and noisy). Both sides run in this one process. Three figures for the full path:
 * throughput with the producer committing as fast as it can at the same time (end to end), drain
 * (relay → Kafka → inbox with the outbox pre-filled), and latency at a fixed rate.
 *   BENCH_EVENTS (20000)  events for the throughput runs
 *   BENCH_WRITERS (4)     concurrent producing commands in the end-to-end throughput run
 *   BENCH_RATE (500)      events per second for the latency runs, BENCH_SECONDS (20) long
 */
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 4);
const PER_TICK = 5;
const TICK_MS = (1_000 * PER_TICK) / RATE;
const RAW_TOPIC = 'bench.raw';

configureRootLogger('bench', 'error');
const servers = testServers();
const actor = systemActor('bench');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function payload(runTag: string) {
  return {
    origin: 'child-welfare-notification' as const,
    receivedAt: new Date().toISOString(),
    responsibleWorker: { userId: runTag, displayName: 'Bench Worker' },
    language: 'fi' as const,
  };
}

async function commitEvents(producer: MessagingTestApp, publisher: EventPublisher, count: number, runTag: string) {
  await producer.dataSource.transaction(async (manager) => {
    for (let index = 0; index < count; index += 1) {
      await publisher.append(manager, 'CaseOpened.v1', newId(), payload(runTag), actor);
    }
  });
}

/** Runs `tick` every TICK_MS for SECONDS, catching up when a tick runs late. */
async function atFixedRate(tick: () => Promise<void>): Promise<void> {
  const start = performance.now();
  const ticks = Math.round((SECONDS * 1_000) / TICK_MS);
  const pending: Promise<void>[] = [];
  for (let index = 0; index < ticks; index += 1) {
    const due = start + index * TICK_MS;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(tick());
  }
  await Promise.all(pending);
}

async function fullPath() {
  const producer = await startMessagingApp({
    database: 'yhdessa_bench_publisher',
    migrations: messagingMigrations,
    publishesTo: [topics.case],
  });
  const consumer = await startMessagingApp({
    database: 'yhdessa_bench_subscriber',
    migrations: [...messagingMigrations, CreateBenchEffects1767000009500],
    providers: [BenchHandler],
    subscribesTo: [topics.case],
    relay: false,
  });
  const publisher = producer.app.get(EventPublisher);
  try {
    received.runTag = `warmup-${newId()}`;
    await expectEventually(
      async () => {
        await commitEvents(producer, publisher, 1, received.runTag);
        await sleep(500);
        if (received.count === 0) throw new Error('consumer not live yet');
      },
      60_000,
      0,
    );

    // Throughput: WRITERS concurrent commands commit EVENTS as fast as they can (25 events a
    // transaction); time until the last one took effect on the consumer side.
    received.runTag = `throughput-${newId()}`;
    received.count = 0;
    received.recordFrom = Number.POSITIVE_INFINITY;
    const started = performance.now();
    let remaining = EVENTS;
    const writer = async () => {
      while (remaining > 0) {
        const count = Math.min(25, remaining);
        remaining -= count;
        await commitEvents(producer, publisher, count, received.runTag);
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));
    const committedIn = performance.now() - started;
    await expectEventually(
      () => {
        if (received.count < EVENTS) throw new Error('waiting');
      },
      300_000,
      20,
    );
    const throughputSeconds = (performance.now() - started) / 1_000;

    // Drain: the outbox already holds EVENTS committed events (relay stopped while they were
    // written); time from starting the relay until the last took effect. This is the capacity of
    // relay → Kafka → inbox alone, without the producing commands competing for the same cores.
    const relay = producer.app.get(OutboxRelay);
    await relay.stop();
    received.runTag = `drain-${newId()}`;
    received.count = 0;
    for (let done = 0; done < EVENTS; done += 100)
      await commitEvents(producer, publisher, Math.min(100, EVENTS - done), received.runTag);
    const drainStarted = performance.now();
    relay.start();
    await expectEventually(
      () => {
        if (received.count < EVENTS) throw new Error('waiting');
      },
      300_000,
      20,
    );
    const drainSeconds = (performance.now() - drainStarted) / 1_000;

    // Latency at a fixed rate.
    received.runTag = `latency-${newId()}`;
    received.count = 0;
    received.latencies = [];
    received.recordFrom = Date.now() + 2_000; // the first two seconds warm up
    await atFixedRate(() => commitEvents(producer, publisher, PER_TICK, received.runTag));
    const expected = Math.round((SECONDS * 1_000) / TICK_MS) * PER_TICK;
    await expectEventually(
      () => {
        if (received.count < expected) throw new Error('waiting');
      },
      120_000,
      20,
    );
    return {
      throughput: {
        events: EVENTS,
        seconds: Number(throughputSeconds.toFixed(2)),
        eventsPerSecond: Math.round(EVENTS / throughputSeconds),
        producerCommitsPerSecond: Math.round(EVENTS / (committedIn / 1_000)),
      },
      drain: { events: EVENTS, seconds: Number(drainSeconds.toFixed(2)), eventsPerSecond: Math.round(EVENTS / drainSeconds) },
      latency: { rate: RATE, events: expected, ms: percentiles(received.latencies) },
    };
  } finally {
    await consumer.close();
    await producer.close();
  }
}

async function rawKafka() {
  const kafka = new Kafka({ clientId: 'bench-raw', brokers: servers.kafkaBrokers, logLevel: logLevel.NOTHING });
  await ensureTopics(kafka, [RAW_TOPIC]);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `bench-raw-${newId()}`, maxWaitTimeInMs: 200 });
  await Promise.all([producer.connect(), consumer.connect()]);
  const state = { tag: '', count: 0, latencies: [] as number[], recordFrom: Number.POSITIVE_INFINITY };
  await consumer.subscribe({ topic: RAW_TOPIC, fromBeginning: false });
  await consumer.run({
    partitionsConsumedConcurrently: 3,
    eachMessage: async ({ message }) => {
      const value = JSON.parse(message.value!.toString()) as { tag: string; sentAt: number };
      if (value.tag !== state.tag) return;
      state.count += 1;
      if (value.sentAt >= state.recordFrom) state.latencies.push(Date.now() - value.sentAt);
    },
  });
  const message = (tag: string) => {
    const envelope = {
      id: newId(),
      type: 'CaseOpened',
      version: 1,
      occurredAt: new Date().toISOString(),
      caseId: newId(),
      actor,
      correlationId: newId(),
      causationId: null,
      payload: payload(tag),
    };
    return { key: envelope.caseId, value: JSON.stringify({ ...envelope, tag, sentAt: Date.now() }) };
  };
  const send = (count: number) =>
    producer.send({ topic: RAW_TOPIC, acks: -1, messages: Array.from({ length: count }, () => message(state.tag)) });
  try {
    state.tag = `warmup-${newId()}`;
    await expectEventually(
      async () => {
        await send(1);
        await sleep(500);
        if (state.count === 0) throw new Error('waiting');
      },
      60_000,
      0,
    );

    state.tag = `throughput-${newId()}`;
    state.count = 0;
    const started = performance.now();
    for (let done = 0; done < EVENTS; done += 100) await send(Math.min(100, EVENTS - done));
    await expectEventually(
      () => {
        if (state.count < EVENTS) throw new Error('waiting');
      },
      300_000,
      20,
    );
    const seconds = (performance.now() - started) / 1_000;

    state.tag = `latency-${newId()}`;
    state.count = 0;
    state.recordFrom = Date.now() + 2_000;
    await atFixedRate(() => send(PER_TICK).then(() => undefined));
    const expected = Math.round((SECONDS * 1_000) / TICK_MS) * PER_TICK;
    await expectEventually(
      () => {
        if (state.count < expected) throw new Error('waiting');
      },
      120_000,
      20,
    );
    return {
      throughput: { events: EVENTS, seconds: Number(seconds.toFixed(2)), eventsPerSecond: Math.round(EVENTS / seconds) },
      latency: { rate: RATE, events: expected, ms: percentiles(state.latencies) },
    };
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
}

const raw = await rawKafka();
const full = await fullPath();
const report = {
  machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.versions.node },
  rawKafkajs: raw,
  outboxKafkaInbox: full,
  ratios: {
    throughputFullOverRaw: Number((full.throughput.eventsPerSecond / raw.throughput.eventsPerSecond).toFixed(2)),
    p99FullOverRaw: Number((full.latency.ms.p99! / raw.latency.ms.p99!).toFixed(2)),
  },
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-events.json', `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.exit(0);
