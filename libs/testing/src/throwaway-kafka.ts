import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { newKafkaClusterId } from './kafka-cluster-id.js';

export interface ThrowawayKafkaOptions {
  /** Broker properties over the platform's own (infra/kafka/broker.properties), e.g. tiny retention. */
  properties?: Record<string, string>;
  /** The client port; a free one by default (19092 may be another test's). */
  port?: number;
  startTimeoutMs?: number;
}

/**
 * A Kafka broker of a test's own: an empty data directory under the system's temp dir, its own
 * ports, the platform's broker settings (infra/kafka/broker.properties) with the test's overrides,
 * run from the jars `infra/kafka.sh` downloads. Never the shared broker.
 */
export interface ThrowawayKafka {
  /** `host:port`, for `KAFKA_BROKERS`, reserved before the broker starts (so a service can be pointed at it first). */
  readonly brokers: string[];
  readonly dataDir: string;
  /** Formats the data directory (once) and starts the broker; resolves once it serves requests. */
  start(): Promise<void>;
  /** Stops the broker (SIGTERM, then SIGKILL), keeping its data for another start. */
  stop(): Promise<void>;
  /** Stops the broker and deletes its directory. Safe to call twice, and after a failed start. */
  destroy(): Promise<void>;
}

const KAFKA_VERSION = process.env.KAFKA_VERSION ?? '4.4.0';
const STOP_TIMEOUT_MS = 30_000;

/** Reserves the ports and writes the configuration; `start()` runs the broker. */
export async function createThrowawayKafka(options: ThrowawayKafkaOptions = {}): Promise<ThrowawayKafka> {
  const libs = join(process.env.YHDESSA_CACHE_DIR ?? join(homedir(), '.cache', 'yhdessa'), `kafka-${KAFKA_VERSION}`, 'libs');
  if (!existsSync(join(libs, '.complete'))) {
    throw new Error(
      `A throwaway Kafka needs the broker's jars in ${libs}: run \`infra/kafka.sh start\` once, which downloads them.`,
    );
  }
  const java = process.env.KAFKA_JAVA_HOME ? join(process.env.KAFKA_JAVA_HOME, 'bin', 'java') : 'java';
  const shared = readProperties(resolve('infra/kafka/broker.properties'));
  const [port, controllerPort] = [options.port ?? (await freePort()), await freePort()];
  const root = mkdtempSync(join(tmpdir(), 'yhdessa-kafka-'));
  const dataDir = join(root, 'data');
  const config = join(root, 'server.properties');
  const outLog = join(root, 'kafka.out');
  const properties = {
    ...shared,
    'controller.quorum.bootstrap.servers': `127.0.0.1:${controllerPort}`,
    listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    'log.dirs': dataDir,
    ...options.properties,
  };
  writeFileSync(
    config,
    Object.entries(properties)
      .map(([key, value]) => `${key}=${value}`)
      .join('\n') + '\n',
  );
  const jvm = [
    '-Xms128m',
    '-Xmx384m',
    '-XX:+UseG1GC',
    '-Djava.awt.headless=true',
    `-Dlog4j2.configurationFile=${resolve('infra/kafka/log4j2.xml')}`,
    `-Dkafka.logs.dir=${join(root, 'logs')}`,
    '-cp',
    `${libs}/*`,
  ];
  const brokers = [`127.0.0.1:${port}`];
  let child: ChildProcess | undefined;
  let formatted = false;
  const killOnExit = () => killGroup(child, 'SIGKILL');

  const stop = async () => {
    const running = child;
    child = undefined;
    process.off('exit', killOnExit);
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = once(running, 'exit');
    killGroup(running, 'SIGTERM');
    const timer = setTimeout(() => killGroup(running, 'SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  return {
    brokers,
    dataDir,
    async start() {
      if (child) return;
      if (!formatted) {
        const clusterId = newKafkaClusterId();
        await run(
          java,
          [...jvm, 'kafka.tools.StorageTool', 'format', '--standalone', '--cluster-id', clusterId, '--config', config],
          join(root, 'format.out'),
        );
        formatted = true;
      }
      const started = spawn(java, [...jvm, 'kafka.Kafka', config], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      process.on('exit', killOnExit); // the broker never outlives the test run, whatever happens to it
      let output = '';
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
        writeFileSync(outLog, output);
      };
      started.stdout!.on('data', collect);
      started.stderr!.on('data', collect);
      const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
      while (!(output.includes('Kafka Server started') && (await answers(brokers)))) {
        if (started.exitCode !== null || Date.now() > deadline) {
          await stop();
          throw new Error(`The throwaway Kafka on ${brokers[0]} did not start; its output:\n${output.slice(-3_000)}`);
        }
        await new Promise((done) => setTimeout(done, 250));
      }
    },
    stop,
    async destroy() {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A throwaway broker, started. On a failed start nothing is left behind. */
export async function startThrowawayKafka(options: ThrowawayKafkaOptions = {}): Promise<ThrowawayKafka> {
  const kafka = await createThrowawayKafka(options);
  try {
    await kafka.start();
  } catch (error) {
    await kafka.destroy();
    throw error;
  }
  return kafka;
}

function killGroup(child: ChildProcess | undefined, signal: NodeJS.Signals): void {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // detached: the broker leads its own process group
  } catch {
    // already gone
  }
}

function readProperties(file: string): Record<string, string> {
  const entries = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const);
  return Object.fromEntries(entries);
}

async function run(command: string, args: string[], logFile: string): Promise<void> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  writeFileSync(logFile, output);
  if (code !== 0) throw new Error(`${args.slice(-7).join(' ')} failed (exit ${code}):\n${output.slice(-2_000)}`);
}

async function answers(brokers: string[]): Promise<boolean> {
  const admin = new Kafka({ clientId: 'throwaway-probe', brokers, logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
    server.once('error', reject);
  });
}
