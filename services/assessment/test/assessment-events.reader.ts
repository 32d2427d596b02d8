import { topics, type Envelope } from '@yhdessa/contracts';
import { newId } from '@yhdessa/platform';
import { testServers } from '@yhdessa/testing';
import { Kafka, logLevel, type Consumer } from 'kafkajs';

/**
 * Reads `assessment.events` on the real Kafka as any consumer does (the gateway, case-coordination),
 * from when it joined: each event as it arrives, and a wait for the first that fits.
 */
export class AssessmentEventsReader {
  private readonly seen: Envelope[] = [];
  private readonly waiting = new Set<{ fits(event: Envelope): boolean; found(event: Envelope): void }>();

  private constructor(private readonly consumer: Consumer) {}

  /** Joined its own consumer group: what is published from now on is read. */
  static async join(): Promise<AssessmentEventsReader> {
    const consumer = new Kafka({
      clientId: 'assessment-events-test',
      brokers: testServers().kafkaBrokers,
      logLevel: logLevel.NOTHING,
    }).consumer({ groupId: `assessment-events-test-${newId()}`, maxWaitTimeInMs: 100 });
    const reader = new AssessmentEventsReader(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic: topics.assessment, fromBeginning: false });
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (!message.value) return;
        const event = JSON.parse(message.value.toString()) as Envelope;
        reader.seen.push(event);
        for (const waiter of [...reader.waiting]) if (waiter.fits(event)) waiter.found(event);
      },
    });
    await joined;
    return reader;
  }

  /** Every event of the type read so far about the case. */
  of(type: string, caseId: string): Envelope[] {
    return this.seen.filter((event) => event.type === type && event.caseId === caseId);
  }

  /** The first event of the type about the case, read already or as soon as it arrives. */
  next(type: string, caseId: string, timeoutMs = 20_000): Promise<Envelope> {
    const fits = (event: Envelope) => event.type === type && event.caseId === caseId;
    const already = this.seen.find(fits);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const waiter = {
        fits,
        found: (event: Envelope) => {
          clearTimeout(timer);
          this.waiting.delete(waiter);
          resolve(event);
        },
      };
      const timer = setTimeout(() => {
        this.waiting.delete(waiter);
        reject(new Error(`no ${type} about case ${caseId} on ${topics.assessment} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.add(waiter);
    });
  }

  disconnect(): Promise<void> {
    return this.consumer.disconnect();
  }
}
