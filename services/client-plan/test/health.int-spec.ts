import { describeServiceHealth } from '@yhdessa/testing';
import { SERVICE_NAME } from '../src/client-plan.module.js';
import { startClientPlan } from './client-plan.fixture.js';

describeServiceHealth(SERVICE_NAME, (env) => startClientPlan('yhdessa_test_client_plan_health', { env }));
