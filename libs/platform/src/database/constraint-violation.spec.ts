import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { firstValueFrom, throwError } from 'rxjs';
import { QueryFailedError } from 'typeorm';
import { CommonError, CommonErrorCode } from '../errors/domain.error.js';
import { toProblem } from '../errors/problem-details.filter.js';
import { ConstraintErrorsInterceptor } from './constraint-errors.interceptor.js';
import { constraintError, constraintViolationOf, type ConstraintErrors } from './constraint-violation.js';

const failed = (code: string, constraint?: string) =>
  new QueryFailedError(
    'INSERT INTO thing VALUES ($1)',
    ['secret'],
    Object.assign(new Error('duplicate key value violates unique constraint'), { code, constraint }),
  );

const table: ConstraintErrors = {
  thing_one_per_owner: () => new CommonError(CommonErrorCode.Conflict, 'The owner has a thing already.'),
  thing_owner_fkey: () => new CommonError(CommonErrorCode.NotFound, 'No such owner.'),
};

describe('constraintViolationOf', () => {
  it.each([
    ['23505', 'unique'],
    ['23P01', 'exclusion'],
    ['23503', 'foreign-key'],
  ])('reads SQLSTATE %s as a %s violation with the constraint’s name', (code, kind) => {
    expect(constraintViolationOf(failed(code, 'thing_one_per_owner'))).toEqual({ kind, constraint: 'thing_one_per_owner' });
  });

  it('is null for other failures: a not-null or check violation, no constraint name, not a query', () => {
    expect(constraintViolationOf(failed('23502', 'thing_one_per_owner'))).toBeNull();
    expect(constraintViolationOf(failed('23514', 'thing_one_per_owner'))).toBeNull();
    expect(constraintViolationOf(failed('23505'))).toBeNull();
    expect(constraintViolationOf(new Error('23505'))).toBeNull();
    expect(constraintViolationOf(undefined)).toBeNull();
  });
});

describe('constraintError', () => {
  it('gives the domain error the table names for a known constraint, a fresh one each time', () => {
    const error = constraintError(failed('23505', 'thing_one_per_owner'), table);
    expect(error).toBeInstanceOf(CommonError);
    expect(toProblem(error)).toMatchObject({ status: 409, code: 'conflict' });
    expect(constraintError(failed('23505', 'thing_one_per_owner'), table)).not.toBe(error);
    expect(toProblem(constraintError(failed('23503', 'thing_owner_fkey'), table))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });

  it('leaves an unknown constraint, and a name from Object.prototype, to stay a 500', () => {
    const unknown = failed('23505', 'another_unique_index');
    expect(constraintError(unknown, table)).toBeNull();
    expect(constraintError(failed('23505', 'toString'), table)).toBeNull();
    expect(toProblem(unknown)).toMatchObject({ status: 500, code: 'internal_error' });
    expect(JSON.stringify(toProblem(unknown))).not.toContain('secret');
  });
});

describe('ConstraintErrorsInterceptor', () => {
  const interceptor = new ConstraintErrorsInterceptor(table);
  const context = (type: string) => ({ getType: () => type }) as ExecutionContext;
  const failing = (error: unknown): CallHandler => ({ handle: () => throwError(() => error) });
  const outcome = (type: string, error: unknown) =>
    firstValueFrom(interceptor.intercept(context(type), failing(error))).catch((caught: unknown) => caught);

  it('turns a known violation leaving an HTTP handler into its domain error', async () => {
    expect(await outcome('http', failed('23505', 'thing_one_per_owner'))).toMatchObject({ code: 'conflict', status: 409 });
  });

  it('passes anything else on unchanged, and leaves non-HTTP handlers alone', async () => {
    const unknown = failed('23505', 'another_unique_index');
    expect(await outcome('http', unknown)).toBe(unknown);
    const other = new Error('boom');
    expect(await outcome('http', other)).toBe(other);
    const known = failed('23505', 'thing_one_per_owner');
    expect(await outcome('rpc', known)).toBe(known);
  });
});
