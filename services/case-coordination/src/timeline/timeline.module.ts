import { Module } from '@nestjs/common';
import { TimelineController } from './timeline.controller.js';
import { TimelineProjection } from './timeline.projection.js';
import { TimelineService } from './timeline.service.js';

/** Every event about a case, from every service, on its timeline. */
@Module({
  controllers: [TimelineController],
  providers: [TimelineProjection, TimelineService],
})
export class TimelineModule {}
