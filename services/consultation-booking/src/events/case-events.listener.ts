import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, type KafkaContext } from '@nestjs/microservices';
import { topics } from '@yhdessa/contracts';
import { InboxProcessor } from '@yhdessa/messaging';

/** Hands every record of case-coordination's topic to the inbox; handlers decide what matters. */
@Controller()
export class CaseEventsListener {
  constructor(private readonly inbox: InboxProcessor) {}

  @EventPattern(topics.case)
  onCaseEvent(@Ctx() context: KafkaContext) {
    return this.inbox.process(context);
  }
}
