import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor, type Provider } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { catchError, throwError, type Observable } from 'rxjs';
import { constraintError, type ConstraintErrors } from './constraint-violation.js';

export const CONSTRAINT_ERRORS = Symbol('CONSTRAINT_ERRORS');

/**
 * Turns a request's violated constraint into the feature's domain error (and so a 409 or 404 problem,
 * not a 500): the one place where a database rule that a concurrent request broke becomes an answer.
 */
@Injectable()
export class ConstraintErrorsInterceptor implements NestInterceptor {
  constructor(@Inject(CONSTRAINT_ERRORS) private readonly table: ConstraintErrors) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    return next.handle().pipe(catchError((error: unknown) => throwError(() => constraintError(error, this.table) ?? error)));
  }
}

/** How a service registers its table (from beside its migrations): among its module's providers. */
export function constraintErrorProviders(table: ConstraintErrors): Provider[] {
  return [
    { provide: CONSTRAINT_ERRORS, useValue: table },
    { provide: APP_INTERCEPTOR, useClass: ConstraintErrorsInterceptor },
  ];
}
