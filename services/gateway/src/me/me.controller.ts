import { Controller, Get } from '@nestjs/common';
import { NoClientData } from '@yhdessa/audit';
import { CurrentUser, type AuthenticatedUser } from '@yhdessa/auth';
import { toMeResponse, type MeResponse } from './me.response.js';

@Controller('api')
export class MeController {
  /** The caller's own identity: no client data, so no audit record. */
  @Get('me')
  @NoClientData()
  me(@CurrentUser() caller: AuthenticatedUser): MeResponse {
    return toMeResponse(caller);
  }
}
