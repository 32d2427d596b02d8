import { describeServiceHealth } from '@yhdessa/testing';
import { SERVICE_NAME } from '../src/consultation-booking.module.js';
import { startConsultationBooking } from './consultation-booking.fixture.js';

describeServiceHealth(SERVICE_NAME, (env) => startConsultationBooking('yhdessa_test_consultation_booking_health', { env }));
