import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { PlanRecordModule } from '../plan-record/plan-record.module.js';
import { PlanPdfRenderer } from './plan-pdf.renderer.js';
import { PlanPrintController } from './plan-print.controller.js';
import { PlanPrintService } from './plan-print.service.js';

/** The printed plan: a version as a PDF in Finnish, Swedish or English, with its hash and signature record. */
@Module({
  imports: [PlanRecordModule],
  controllers: [PlanPrintController],
  providers: [Clock, PlanPdfRenderer, PlanPrintService],
})
export class PlanPrintModule {}
