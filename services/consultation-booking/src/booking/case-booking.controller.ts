import { Controller, Get, Post } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader } from '@yhdessa/access';
import { CurrentUser, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import { Returns, ZodBody } from '@yhdessa/platform';
import { z } from 'zod';
import { bookNamedCommand, type BookNamedCommand } from './booking.commands.js';
import { BookingService } from './booking.service.js';
import type { BookingView } from './booking.view.js';
import { bookingViewSchema } from './booking.view.schema.js';

@Controller('cases/:caseId/bookings')
export class CaseBookingController {
  constructor(private readonly bookings: BookingService) {}

  @Get()
  @CaseAccess('read')
  @AuditedRead({ resource: 'consultation', informationClass: 'shared-plan', purpose: 'care-team-work' })
  @Returns(z.array(bookingViewSchema))
  list(@CaseIdParam() caseId: string, @CurrentCaseReader() reader: CaseReader): Promise<BookingView[]> {
    return this.bookings.ofCase(caseId, reader);
  }

  /** A consultation about the child of the case, by a professional on its care team (psychiatry liaison, for one). */
  @Post()
  @CaseAccess('write')
  @Returns(bookingViewSchema)
  book(
    @CaseIdParam() caseId: string,
    @ZodBody(bookNamedCommand) command: BookNamedCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<BookingView> {
    return this.bookings.bookNamed(caseId, command, caller);
  }
}
