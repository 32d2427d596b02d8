import type { FactoryProvider } from '@nestjs/common';
import { createKafka, MessagingReadiness, SharedProducer } from '@yhdessa/messaging';
import { KafkaHealthProbe } from './kafka-health.probe.js';

/** Where a service's readiness check reaches Kafka when it has no messaging of its own. */
export interface KafkaHealthOptions {
  clientId: string;
  brokers: string[];
}

/**
 * The probe for the readiness check: on a client of its own when `own` is given (a service without
 * MessagingModule), else on the messaging producer's client, also asking whether the service's
 * topics and consumer are up; none when the service uses no Kafka.
 */
export function kafkaHealthProvider(own?: KafkaHealthOptions): FactoryProvider<KafkaHealthProbe | null> {
  return {
    provide: KafkaHealthProbe,
    useFactory: (producer?: SharedProducer, readiness?: MessagingReadiness) => {
      const kafka = own ? createKafka(own.clientId, own.brokers) : producer?.kafka;
      return kafka ? new KafkaHealthProbe(kafka, readiness) : null;
    },
    inject: [
      { token: SharedProducer, optional: true },
      { token: MessagingReadiness, optional: true },
    ],
  };
}
