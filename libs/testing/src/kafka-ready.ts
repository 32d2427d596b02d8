import type { INestApplication } from '@nestjs/common';
import { MessagingReadiness } from '@yhdessa/messaging';

/**
 * A service's Kafka work starts in the background (its topics, its consumer joining its group). A
 * test starts from a service that is ready, as `./yhdessa up` waits for `/health/ready`: otherwise a
 * consumer group that reads only new events could miss the test's first ones.
 */
export async function untilKafkaReady(app: INestApplication, timeoutMs = 60_000): Promise<void> {
  const readiness = app.get(MessagingReadiness);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `the service was not ready for Kafka within ${timeoutMs / 1_000} s: ${readiness.pending() ?? 'its consumer did not start'}`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    await Promise.race([Promise.all([readiness.topics.ready(), readiness.whenConsuming()]), late]);
  } finally {
    clearTimeout(timer);
  }
}
