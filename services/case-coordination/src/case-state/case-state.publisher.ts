import { Injectable } from '@nestjs/common';
import type { Actor } from '@yhdessa/contracts';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock } from '@yhdessa/platform';
import type { EntityManager } from 'typeorm';
import { CareTeamMemberRepository } from '../case-record/care-team-member.repository.js';
import { ConsentRepository } from '../case-record/consent.repository.js';
import { caseState } from './case-state.domain.js';

/**
 * Writes a case's whole current care team and consents to the compacted `case.state`, through the
 * outbox in the caller's transaction, after every change to either: a consumer that starts late
 * reads each case's latest state there instead of events that have aged out (docs/late-projections.md).
 */
@Injectable()
export class CaseStatePublisher {
  constructor(
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly members: CareTeamMemberRepository,
    private readonly consents: ConsentRepository,
  ) {}

  /** After the change, in its transaction: the state it reads includes it. */
  async append(manager: EntityManager, caseId: string, actor: Actor): Promise<void> {
    const members = await this.members.everyMember(caseId, manager);
    const consents = await this.consents.everyConsent(caseId, manager);
    await this.events.append(manager, 'CaseState.v1', caseId, caseState(members, consents), actor);
  }

  /**
   * When a case's data is erased: a tombstone for the case on `case.state`, so compaction removes its
   * states, and every projection forgets the case. The caller deletes case-coordination's own rows.
   */
  async erase(manager: EntityManager, caseId: string, actor: Actor): Promise<void> {
    await this.events.append(manager, 'CaseStateErased.v1', caseId, { erasedAt: this.clock.now().toISOString() }, actor);
  }
}
