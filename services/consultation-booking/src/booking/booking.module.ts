import { Module } from '@nestjs/common';
import { CareTeamModule } from '@yhdessa/care-team';
import { ConsentModule } from '@yhdessa/consent';
import { Clock } from '@yhdessa/platform';
import { BookingRecordModule } from '../booking-record/booking-record.module.js';
import { ExpertModule } from '../expert/expert.module.js';
import { SlotModule } from '../slot/slot.module.js';
import { BookingAccessPolicy } from './booking-access.policy.js';
import { BookingController } from './booking.controller.js';
import { BookingRepository } from './booking.repository.js';
import { BookingService } from './booking.service.js';
import { CaseBookingController } from './case-booking.controller.js';
import { NamingService } from './naming.service.js';
import { SlotClaims } from './slot-claims.store.js';

/** Holds, anonymous and named bookings, their changes and outcomes, and the experts' calendars. */
@Module({
  imports: [BookingRecordModule, ExpertModule, SlotModule, CareTeamModule, ConsentModule],
  controllers: [BookingController, CaseBookingController],
  providers: [Clock, BookingService, NamingService, BookingRepository, BookingAccessPolicy, SlotClaims],
})
export class BookingModule {}
