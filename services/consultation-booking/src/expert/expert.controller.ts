import { Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { NoClientData } from '@yhdessa/audit';
import { Returns, UuidParam, ZodBody, ZodQuery } from '@yhdessa/platform';
import { z } from 'zod';
import type { ExpertRecord } from '../booking-record/expert.record.js';
import { CurrentExpert, ExpertAccess } from './expert-access.policy.js';
import {
  addExceptionCommand,
  listExpertsQuery,
  registerExpertCommand,
  setAvailabilityCommand,
  type AddExceptionCommand,
  type ListExpertsQuery,
  type RegisterExpertCommand,
  type SetAvailabilityCommand,
} from './expert.commands.js';
import { ExpertService } from './expert.service.js';
import type { AvailabilityView, ExpertView } from './expert.view.js';
import { availabilityViewSchema, expertViewSchema } from './expert.view.schema.js';

@Controller('experts')
export class ExpertController {
  constructor(private readonly experts: ExpertService) {}

  @Post()
  @RequireRoles('service-manager')
  @Returns(expertViewSchema)
  register(@ZodBody(registerExpertCommand) command: RegisterExpertCommand): Promise<ExpertView> {
    return this.experts.register(command);
  }

  @Get()
  @NoClientData()
  @Returns(z.array(expertViewSchema))
  list(@ZodQuery(listExpertsQuery) query: ListExpertsQuery): Promise<ExpertView[]> {
    return this.experts.list(query);
  }

  @Get('me')
  @NoClientData()
  @Returns(expertViewSchema)
  mine(@CurrentUser() caller: AuthenticatedUser): Promise<ExpertView> {
    return this.experts.mine(caller);
  }

  @Get(':expertId/availability')
  @ExpertAccess()
  @NoClientData()
  @Returns(availabilityViewSchema)
  availability(@UuidParam('expertId') _expertId: string, @CurrentExpert() expert: ExpertRecord): Promise<AvailabilityView> {
    return this.experts.availability(expert);
  }

  @Put(':expertId/availability')
  @ExpertAccess()
  @Returns(availabilityViewSchema)
  setAvailability(
    @UuidParam('expertId') _expertId: string,
    @CurrentExpert() expert: ExpertRecord,
    @ZodBody(setAvailabilityCommand) command: SetAvailabilityCommand,
  ): Promise<AvailabilityView> {
    return this.experts.setAvailability(expert, command);
  }

  @Post(':expertId/exceptions')
  @ExpertAccess()
  @Returns(availabilityViewSchema)
  addException(
    @UuidParam('expertId') _expertId: string,
    @CurrentExpert() expert: ExpertRecord,
    @ZodBody(addExceptionCommand) command: AddExceptionCommand,
  ): Promise<AvailabilityView> {
    return this.experts.addException(expert, command);
  }

  @Delete(':expertId/exceptions/:exceptionId')
  @HttpCode(200)
  @ExpertAccess()
  @Returns(availabilityViewSchema)
  removeException(
    @UuidParam('expertId') _expertId: string,
    @CurrentExpert() expert: ExpertRecord,
    @UuidParam('exceptionId') exceptionId: string,
  ): Promise<AvailabilityView> {
    return this.experts.removeException(expert, exceptionId);
  }
}
