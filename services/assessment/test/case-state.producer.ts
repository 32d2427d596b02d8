import { caseStateTopic, systemActor, type CaseStateConsentV1, type CaseStateMemberV1 } from '@yhdessa/contracts';
import { buildEnvelope, toKafkaMessage } from '@yhdessa/messaging';
import { finnishDate, newId } from '@yhdessa/platform';
import { claims, connectTestProducer } from '@yhdessa/testing';
import type { Producer } from 'kafkajs';

/** A member of a test case's care team: a demo user's token and their place on the team. */
export interface TestMember {
  token: string;
  agency: CaseStateMemberV1['agency'];
  participantKind: CaseStateMemberV1['participantKind'];
  roleInCase: string;
}

/**
 * Tells the assessment service a case's care team and consents the way case-coordination does: a
 * `CaseState.v1` record on the compacted `case.state`, read by the service's own consumer and projections.
 */
export class CaseStateProducer {
  private constructor(private readonly producer: Producer) {}

  static async connect(): Promise<CaseStateProducer> {
    return new CaseStateProducer(await connectTestProducer('assessment-test'));
  }

  async publish(caseId: string, members: readonly TestMember[], consents: readonly CaseStateConsentV1[]): Promise<void> {
    const since = finnishDate(new Date(Date.now() - 30 * 86_400_000));
    const careTeam: CaseStateMemberV1[] = members.map((member) => {
      const who = claims(member.token);
      return {
        memberId: memberIds.get(`${caseId}:${who.sub}`) ?? remember(`${caseId}:${who.sub}`),
        userId: who.sub,
        displayName: who.name,
        agency: member.agency,
        participantKind: member.participantKind,
        roleInCase: member.roleInCase,
        since,
        until: null,
        removedAt: null,
      };
    });
    const envelope = buildEnvelope(
      'CaseState.v1',
      caseId,
      { careTeam, consents: [...consents] },
      {
        id: newId(),
        occurredAt: new Date(),
        correlationId: newId(),
        causationId: null,
        actor: systemActor('case-coordination'),
      },
    );
    await this.producer.send({ topic: caseStateTopic, messages: [toKafkaMessage(caseId, 'CaseState.v1', envelope)] });
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }
}

const memberIds = new Map<string, string>();
const remember = (key: string): string => {
  const id = newId();
  memberIds.set(key, id);
  return id;
};
