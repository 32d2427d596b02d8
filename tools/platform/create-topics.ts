import { readFileSync } from 'node:fs';
import { platformTopics } from '@yhdessa/contracts';
import { createKafka, ensureTopics, retryUntil, selfRetrying } from '@yhdessa/messaging';
import { ConfigError, configureRootLogger, loadConfig, serviceEnvSchema } from '@yhdessa/platform';

/**
 * Creates every topic of the platform before any service starts (`./yhdessa up`, docker compose's
 * `kafka-topics`, the integration tests' global setup): the contracts' topics and the dead-letter
 * topic of every service that consumes (those with a database, in tools/platform/services.json),
 * with KAFKA_TOPIC_PARTITIONS partitions and KAFKA_REPLICATION_FACTOR replicas. Idempotent: an
 * existing topic is left as it is. Waits for the broker up to KAFKA_TOPICS_WAIT_SECONDS (120).
 */
const schema = serviceEnvSchema.pick({
  KAFKA_BROKERS: true,
  KAFKA_TOPIC_PARTITIONS: true,
  KAFKA_REPLICATION_FACTOR: true,
  LOG_LEVEL: true,
});
const SERVICES_JSON = process.env.YHDESSA_SERVICES_JSON ?? 'tools/platform/services.json';

export function consumerGroupsOf(servicesJson: string): string[] {
  const { services } = JSON.parse(readFileSync(servicesJson, 'utf8')) as {
    services: Array<{ name: string; databaseVariable: string | null }>;
  };
  return services.filter((service) => service.databaseVariable !== null).map((service) => service.name);
}

async function main(): Promise<void> {
  let config: ReturnType<typeof schema.parse>;
  try {
    config = loadConfig(schema);
  } catch (error) {
    process.stderr.write(`create-topics: ${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(1);
  }
  configureRootLogger('create-topics', config.LOG_LEVEL);
  const wanted = platformTopics(consumerGroupsOf(SERVICES_JSON));
  const settings = { partitions: config.KAFKA_TOPIC_PARTITIONS, replicationFactor: config.KAFKA_REPLICATION_FACTOR };
  const kafka = createKafka('create-topics', config.KAFKA_BROKERS, selfRetrying);
  const waitSeconds = Number(process.env.KAFKA_TOPICS_WAIT_SECONDS ?? 120);
  try {
    const { created, existing } = await retryUntil(
      'kafka topics',
      () => ensureTopics(kafka, wanted, settings),
      AbortSignal.timeout(waitSeconds * 1_000),
    );
    process.stdout.write(
      `kafka topics on ${config.KAFKA_BROKERS.join(',')}: ${created.length} created${created.length ? ` (${created.join(', ')})` : ''}, ` +
        `${existing.length} already there; new topics get ${settings.partitions} partitions, ${settings.replicationFactor} replica(s)\n`,
    );
  } catch (error) {
    process.stderr.write(
      `create-topics: Kafka at ${config.KAFKA_BROKERS.join(',')} did not take the topics within ${waitSeconds}s (${(error as Error).message})\n`,
    );
    process.exit(1);
  }
}

if (process.argv[1]?.endsWith('create-topics.js')) await main();
