import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { VisibilityNoticeProjection } from './visibility-notice.projection.js';

/** The notice that the case's assessment reads follow a consent given or withdrawn, once this service applied it. */
@Module({
  providers: [Clock, VisibilityNoticeProjection],
})
export class VisibilityModule {}
