import { Inject, Injectable, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { logger } from '@yhdessa/platform';
import { RedisClient } from '@yhdessa/runtime';
import type { Redis } from 'ioredis';
import { receives, type AddressedNotice, type Notice } from './notice.domain.js';
import { NOTICE_CHANNEL } from './notice.options.js';

interface Listener {
  user: Pick<AuthenticatedUser, 'userId' | 'agency'>;
  deliver(notice: Notice): void;
  close(): void;
}

/**
 * This instance's live-update streams, fed from the notices every instance publishes on Redis. Each
 * notice goes to the streams of the users who may see its case, without the list of readers.
 */
@Injectable()
export class NoticeHub implements OnModuleInit, BeforeApplicationShutdown {
  private readonly listeners = new Set<Listener>();
  private subscriber?: Redis;

  constructor(
    private readonly client: RedisClient,
    @Inject(NOTICE_CHANNEL) private readonly channel: string,
  ) {}

  onModuleInit(): void {
    this.subscriber = this.client.redis.duplicate();
    this.subscriber.on('error', () => undefined); // readiness reports Redis; ioredis reconnects and subscribes again
    this.subscriber.on('message', (_channel: string, message: string) => this.dispatch(message));
    // In the background: the gateway answers (not ready) while Redis is away.
    this.subscriber.subscribe(this.channel).catch((error: unknown) => {
      logger().warn({ err: { type: (error as Error)?.name } }, 'live notices: not subscribed yet, Redis does not answer');
    });
  }

  /** Registers a stream; returns how to unregister it. */
  attach(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Open streams end before the HTTP server closes, which would otherwise wait for them. */
  async beforeApplicationShutdown(): Promise<void> {
    for (const listener of [...this.listeners]) listener.close();
    this.listeners.clear();
    this.subscriber?.disconnect();
  }

  private dispatch(message: string): void {
    let notice: AddressedNotice;
    try {
      notice = JSON.parse(message) as AddressedNotice;
    } catch {
      return;
    }
    for (const listener of this.listeners) {
      if (receives(notice, listener.user)) listener.deliver({ caseId: notice.caseId, kind: notice.kind });
    }
  }
}
