import { describeServiceHealth } from '@yhdessa/testing';
import { SERVICE_NAME } from '../src/assessment.module.js';
import { startAssessment } from './assessment.fixture.js';

describeServiceHealth(SERVICE_NAME, (env) => startAssessment('yhdessa_test_assessment_health', { env }));
