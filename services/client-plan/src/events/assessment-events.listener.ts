import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, type KafkaContext } from '@nestjs/microservices';
import { topics } from '@yhdessa/contracts';
import { InboxProcessor } from '@yhdessa/messaging';

/** Hands every record of the assessment service's topic to the inbox; handlers decide what matters. */
@Controller()
export class AssessmentEventsListener {
  constructor(private readonly inbox: InboxProcessor) {}

  @EventPattern(topics.assessment)
  onAssessmentEvent(@Ctx() context: KafkaContext) {
    return this.inbox.process(context);
  }
}
