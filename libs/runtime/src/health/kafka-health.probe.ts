import type { OnApplicationShutdown } from '@nestjs/common';
import type { Admin, Kafka } from 'kafkajs';

/** What the service's own Kafka start still waits for (MessagingReadiness), in words; null once nothing. */
export interface KafkaStartState {
  pending(): string | null;
}

/**
 * Asks the Kafka cluster whether it answers, through one admin connection opened on first use, and
 * (for a service with messaging) whether its topics are there and its consumer has joined its group.
 * Also the DI token of the readiness check: a service gets one built on its messaging producer's
 * client, or on a client of its own when it has no messaging (see `RuntimeModule.forRoot`).
 */
export class KafkaHealthProbe implements OnApplicationShutdown {
  private admin?: Promise<Admin>;

  constructor(
    private readonly kafka: Kafka,
    private readonly start?: KafkaStartState,
  ) {}

  async check(): Promise<void> {
    await (await this.connectedAdmin()).describeCluster();
    const pending = this.start?.pending();
    if (pending) throw new Error(pending);
  }

  async onApplicationShutdown(): Promise<void> {
    const admin = await this.admin?.catch(() => undefined);
    this.admin = undefined;
    await admin?.disconnect();
  }

  private connectedAdmin(): Promise<Admin> {
    this.admin ??= (async () => {
      const admin = this.kafka.admin();
      await admin.connect();
      return admin;
    })().catch((error: unknown) => {
      this.admin = undefined; // the next check tries again
      throw error;
    });
    return this.admin;
  }
}
