import { Controller, Get, Req } from '@nestjs/common';
import { NoClientData } from '@yhdessa/audit';
import { Returns } from '@yhdessa/platform';
import type { SessionRequest } from '../session/session.guard.js';
import { toMeResponse, type MeResponse } from './me.response.js';
import { meResponseSchema } from './me.response.schema.js';

@Controller('api')
export class MeController {
  /** The signed-in user's own identity, from the session: no client data, so no audit record. */
  @Get('me')
  @NoClientData()
  @Returns(meResponseSchema)
  me(@Req() request: SessionRequest): MeResponse {
    return toMeResponse(request.currentSession!.session);
  }
}
