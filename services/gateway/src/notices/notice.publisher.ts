import { Inject, Injectable } from '@nestjs/common';
import type { Envelope } from '@yhdessa/contracts';
import { HandlesEveryEvent } from '@yhdessa/messaging';
import { Clock, finnishDate, logger } from '@yhdessa/platform';
import { RedisClient } from '@yhdessa/runtime';
import type { EntityManager } from 'typeorm';
import { isNoticeWorthy, noticeReaders, type AddressedNotice, type MemberRow } from './notice.domain.js';
import { NOTICE_CHANNEL } from './notice.options.js';

/**
 * Turns every event on a case (case, assessment, plan and booking events) into a notice for the
 * case's care team, published on Redis to every instance of the gateway, whichever instance's
 * consumer took the event. Runs in the inbox transaction after the care-team projection has taken the
 * same event, so a member added by it hears of it and a member removed by it does not.
 *
 * A notice is a hint to look again, not a record: one lost while Redis is away is only logged, so
 * that the projection beside it is never held up or dead-lettered for it; one repeated is harmless.
 */
@Injectable()
export class NoticePublisher {
  constructor(
    private readonly client: RedisClient,
    private readonly clock: Clock,
    @Inject(NOTICE_CHANNEL) private readonly channel: string,
  ) {}

  @HandlesEveryEvent()
  async onEvent(event: Envelope, manager: EntityManager): Promise<void> {
    if (!isNoticeWorthy(event.type)) return;
    const rows: MemberRow[] = await manager.query(
      `SELECT user_id, participant_kind, to_char(since, 'YYYY-MM-DD') AS since, to_char(until, 'YYYY-MM-DD') AS until, removed_at
       FROM care_team_member WHERE case_id = $1 AND since IS NOT NULL`,
      [event.caseId],
    );
    const readers = noticeReaders(rows, finnishDate(this.clock.now()));
    if (readers.length === 0) return;
    const notice: AddressedNotice = { caseId: event.caseId, kind: event.type, readers };
    try {
      await this.client.redis.publish(this.channel, JSON.stringify(notice));
    } catch (error) {
      logger().warn({ event: event.type, eventId: event.id, err: { type: (error as Error)?.name } }, 'live notice not sent');
    }
  }
}
