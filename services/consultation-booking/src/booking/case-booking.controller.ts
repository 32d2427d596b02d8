import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader } from '@yhdessa/access';
import { CurrentUser, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import { Returns, ZodBody } from '@yhdessa/platform';
import { z } from 'zod';
import {
  bookNamedCommand,
  nameConsultationCommand,
  type BookNamedCommand,
  type NameConsultationCommand,
} from './booking.commands.js';
import { BookingService } from './booking.service.js';
import type { BookingView } from './booking.view.js';
import { bookingViewSchema } from './booking.view.schema.js';
import { NamingService } from './naming.service.js';

@Controller('cases/:caseId/bookings')
export class CaseBookingController {
  constructor(
    private readonly bookings: BookingService,
    private readonly naming: NamingService,
  ) {}

  @Get()
  @CaseAccess('read')
  @AuditedRead({ resource: 'consultation', informationClass: 'shared-plan', purpose: 'care-team-work' })
  @Returns(z.array(bookingViewSchema))
  list(
    @CaseIdParam() caseId: string,
    @CurrentCaseReader() reader: CaseReader,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<BookingView[]> {
    return this.bookings.ofCase(caseId, reader, caller);
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

  /**
   * An anonymous consultation becomes one about the child of this case: only when the guardian has
   * consented to every agency that took part, or the consultation ended with a notification or referral
   * the law requires; by one who took part in it or by child protection. The step is an event of its own.
   */
  @Post('from-anonymous')
  @HttpCode(200)
  @CaseAccess('write')
  @Returns(bookingViewSchema)
  nameAnonymous(
    @CaseIdParam() caseId: string,
    @ZodBody(nameConsultationCommand) command: NameConsultationCommand,
    @CurrentUser() caller: AuthenticatedUser,
    @CurrentCaseReader() reader: CaseReader,
  ): Promise<BookingView> {
    return this.naming.name(caseId, command, caller, reader);
  }
}
