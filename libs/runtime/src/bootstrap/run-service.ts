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
    if (error instanceof ConfigError) {
      process.stderr.write(`${definition.name}: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  configureRootLogger(definition.name, process.env.LOG_LEVEL);
  const app = await createServiceApp(definition.module(config), definition.messaging?.(config));
  const port = definition.port(config);
  await app.listen(port, '127.0.0.1');
  logger().info({ port }, `${definition.name} listening on http://127.0.0.1:${port}`);
}
