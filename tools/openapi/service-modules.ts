import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { loadAssessmentConfig } from '../../services/assessment/src/assessment.config.js';
import { AssessmentModule } from '../../services/assessment/src/assessment.module.js';
import { loadCaseCoordinationConfig } from '../../services/case-coordination/src/case-coordination.config.js';
import { CaseCoordinationModule } from '../../services/case-coordination/src/case-coordination.module.js';
import { loadClientPlanConfig } from '../../services/client-plan/src/client-plan.config.js';
import { ClientPlanModule } from '../../services/client-plan/src/client-plan.module.js';
import { loadConsultationBookingConfig } from '../../services/consultation-booking/src/consultation-booking.config.js';
import { ConsultationBookingModule } from '../../services/consultation-booking/src/consultation-booking.module.js';
import { loadGatewayConfig } from '../../services/gateway/src/gateway.config.js';
import { GatewayModule } from '../../services/gateway/src/gateway.module.js';

/** The development settings: the routes do not depend on them, the modules need some to be built. */
const env = (): NodeJS.ProcessEnv => parseEnv(readFileSync('.env.example', 'utf8'));

/** Each service's root module as its main builds it (nothing starts or connects: only read). */
export const serviceModules: Record<string, () => unknown> = {
  'case-coordination': () => CaseCoordinationModule.forRoot(loadCaseCoordinationConfig(env())),
  assessment: () => AssessmentModule.forRoot(loadAssessmentConfig(env())),
  'client-plan': () => ClientPlanModule.forRoot(loadClientPlanConfig(env())),
  'consultation-booking': () => ConsultationBookingModule.forRoot(loadConsultationBookingConfig(env())),
  gateway: () => GatewayModule.forRoot(loadGatewayConfig(env())),
};
