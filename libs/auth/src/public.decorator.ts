import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'yhdessa:auth:public';

/** Lets a route (or a whole controller) through without a token: health and readiness only. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
