import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { FrameController } from './frame.controller.js';
import { FrameService } from './frame.service.js';

/** The frames of domains assessments use: the default one and regions' own, versioned. */
@Module({
  controllers: [FrameController],
  providers: [Clock, FrameService],
  exports: [FrameService],
})
export class FrameModule {}
