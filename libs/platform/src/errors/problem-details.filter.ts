import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZodError } from 'zod';
import { currentCorrelationId } from '../context/request-context.js';
import { constraintViolationOf } from '../database/constraint-violation.js';
import { logger } from '../logging/logger.js';
import { DomainError } from './domain.error.js';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problemTitle, problemType } from './problem-details.js';

/** Maps every error leaving an HTTP handler to RFC 9457 problem details. Unknown errors become 500
 * without leaking their message (it may carry client data); they are logged by class name only, and a
 * violated constraint no table maps (see ConstraintErrorsInterceptor) by the constraint's name too. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = toProblem(error);
    problem.instance = request.originalUrl?.split('?')[0];
    problem.correlationId = currentCorrelationId();
    if (problem.status >= 500) {
      const constraint = constraintViolationOf(error)?.constraint;
      logger().error(
        { err: { type: (error as Error)?.constructor?.name ?? typeof error, ...(constraint ? { constraint } : {}) } },
        'request failed',
      );
    }
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}

export function toProblem(error: unknown): ProblemDetails {
  if (error instanceof DomainError) {
    return {
      type: problemType(error.code),
      title: problemTitle(error.status),
      status: error.status,
      detail: error.message,
      code: error.code,
      ...error.extensions,
    };
  }
  if (error instanceof ZodError) {
    return {
      type: problemType('validation_failed'),
      title: problemTitle(400),
      status: 400,
      detail: 'The request is not valid.',
      code: 'validation_failed',
      errors: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = status === 404 ? 'not_found' : status === 413 ? 'payload_too_large' : `http_${status}`;
    return {
      type: problemType(code),
      title: problemTitle(status),
      status,
      detail: status === 400 ? 'The request body could not be read.' : problemTitle(status),
      code,
    };
  }
  return {
    type: problemType('internal_error'),
    title: problemTitle(500),
    status: 500,
    detail: 'Something went wrong on our side. Quote the correlation id when reporting it.',
    code: 'internal_error',
  };
}
