import { describeServiceHealth } from '@yhdessa/testing';
import { SERVICE_NAME } from '../src/case-coordination.module.js';
import { startCaseCoordination } from './case-coordination.fixture.js';

describeServiceHealth(SERVICE_NAME, (env) => startCaseCoordination('yhdessa_test_case_coordination_health', { env }));
