import { SetMetadata } from '@nestjs/common';

export const NO_CLIENT_DATA = 'yhdessa:audit:no-client-data';

/**
 * The handler (or every handler of the controller) serves no client data, e.g. health checks or
 * aggregate figures that identify no child, so it writes no audit record. Saying so is required:
 * a read route that declares neither this nor @AuditedRead stops the service from starting.
 */
export function NoClientData(): MethodDecorator & ClassDecorator {
  return SetMetadata(NO_CLIENT_DATA, true);
}
