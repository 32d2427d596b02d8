import { ConfigError, configureRootLogger, logger } from '@yhdessa/platform';
import type { MessagingOptions } from '@yhdessa/messaging';
import { createServiceApp } from './create-service-app.js';

export interface ServiceDefinition<Config> {
  name: string;
  loadConfig: () => Config;
  port: (config: Config) => number;
  module: (config: Config) => unknown;
  messaging?: (config: Config) => MessagingOptions;
}

/** A service's `main`: validate the environment, start, listen, log where it answers. */
export async function runService<Config>(definition: ServiceDefinition<Config>): Promise<void> {
  let config: Config;
  try {
    config = definition.loadConfig();
  } catch (error) {
    // Reading the configuration is all this step does: whatever fails here is a bad setting.
    const line = error instanceof ConfigError ? error.message : String((error as Error)?.message ?? error).split('\n')[0];
    process.stderr.write(`${definition.name}: ${line}\n`);
    process.exit(1);
  }
  configureRootLogger(definition.name, process.env.LOG_LEVEL);
  const app = await createServiceApp(definition.module(config), definition.messaging?.(config));
  const port = definition.port(config);
  await app.listen(port, '127.0.0.1');
  logger().info({ port }, `${definition.name} listening on http://127.0.0.1:${port}`);
  stopOnSignals(async () => app.close());
}

/**
 * SIGTERM (or SIGINT) closes the application, running every shutdown hook, and then exits 0. A
 * second signal while closing stops at once. (Nest's own shutdown hooks re-raise the signal after
 * closing, so the process would end as killed even when it stopped cleanly.)
 */
function stopOnSignals(close: () => Promise<void>): void {
  const stop = (signal: NodeJS.Signals) => {
    logger().info({ signal }, 'stopping');
    process.once(signal, () => process.exit(1));
    close().then(
      () => {
        logger().info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger().error({ err: { type: (error as Error)?.name } }, 'stopping failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
