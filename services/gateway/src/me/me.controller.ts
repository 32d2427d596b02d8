import { Controller, Get } from '@nestjs/common';
import { NoClientData } from '@yhdessa/audit';
import { CurrentUser, type AuthenticatedUser } from '@yhdessa/auth';
import { Returns } from '@yhdessa/platform';
import { toMeResponse, type MeResponse } from './me.response.js';
import { meResponseSchema } from './me.response.schema.js';

@Controller('api')
export class MeController {
  /** The caller's own identity: no client data, so no audit record. */
  @Get('me')
  @NoClientData()
  @Returns(meResponseSchema)
  me(@CurrentUser() caller: AuthenticatedUser): MeResponse {
    return toMeResponse(caller);
  }
}
