import { SetMetadata } from '@nestjs/common';
import type { Role } from '@yhdessa/contracts';

export const REQUIRED_ROLES = 'yhdessa:auth:required-roles';

/** The caller must hold at least one of these roles; a route-level list overrides a controller-level one. */
export const RequireRoles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLES, roles);
