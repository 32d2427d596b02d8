import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { PlanRecordModule } from '../plan-record/plan-record.module.js';
import { PlanExportController } from './plan-export.controller.js';
import { PlanExportService } from './plan-export.service.js';

/** The standard export: the plan in force as an HL7 FHIR R4 Bundle. */
@Module({
  imports: [PlanRecordModule],
  controllers: [PlanExportController],
  providers: [Clock, PlanExportService],
})
export class PlanExportModule {}
