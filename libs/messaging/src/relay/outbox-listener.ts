import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';

export type PostgresConnectionOptions = Extract<DataSourceOptions, { type: 'postgres' }>;

const RELAY_LOCK_KEY = 7_301_2016; // one relay per database publishes; others stand by

/**
 * A dedicated PostgreSQL session for the relay: it holds the relay's advisory lock (so exactly one
 * process per service publishes, keeping per-case order) and LISTENs for committed outbox inserts.
 * If the session dies, PostgreSQL releases the lock and a standby takes over.
 */
export class OutboxListener {
  private client?: pg.Client;
  private wake?: () => void;
  private pending = false;
  private leading = false;

  constructor(private readonly connection: PostgresConnectionOptions) {}

  /** Connects, and tries to become the publishing relay. Returns whether this process leads. */
  async lead(): Promise<boolean> {
    if (!this.client) {
      const client = new pg.Client({
        host: this.connection.host,
        port: this.connection.port,
        user: this.connection.username,
        password: typeof this.connection.password === 'string' ? this.connection.password : undefined,
        database: this.connection.database,
        application_name: 'outbox-relay',
      });
      client.on('notification', () => this.notify());
      client.on('error', () => this.reset());
      client.on('end', () => this.reset());
      await client.connect();
      this.client = client;
      await client.query('LISTEN outbox');
    }
    if (!this.leading) {
      const { rows } = await this.client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
        RELAY_LOCK_KEY,
      ]);
      this.leading = rows[0]!.locked;
    }
    return this.leading;
  }

  /** Resolves on the next committed outbox insert, or after `timeoutMs` as a safety net. */
  waitForWork(timeoutMs: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.wake = done;
    });
  }

  notify(): void {
    if (this.wake) this.wake();
    else this.pending = true;
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.leading = false;
    this.notify();
    await client?.end().catch(() => undefined);
  }

  private reset(): void {
    this.client = undefined;
    this.leading = false;
    this.notify();
  }
}
