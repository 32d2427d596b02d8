import { ConfigError, configureRootLogger, logger, type ServiceEnv } from '@yhdessa/platform';
import type { MessagingOptions } from '@yhdessa/messaging';
import { createServiceApp } from './create-service-app.js';

/** What the bootstrap itself reads from every service's configuration. */
export type BootstrapEnv = Pick<ServiceEnv, 'LISTEN_HOST'>;

export interface ServiceDefinition<Config extends BootstrapEnv> {
  name: string;
  loadConfig: () => Config;
  port: (config: Config) => number;
  module: (config: Config) => unknown;
  messaging?: (config: Config) => MessagingOptions;
}

/** A service's `main`: validate the environment, start, listen, log where it answers. */
export async function runService<Config extends BootstrapEnv>(definition: ServiceDefinition<Config>): Promise<void> {
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
  const host = config.LISTEN_HOST;
  await app.listen(port, host);
  logger().info({ host, port }, `${definition.name} listening on ${httpUrl(host, port)}`);
  stopOnSignals(async () => app.close());
}

/** An IPv6 address goes in brackets in a URL. */
function httpUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
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
