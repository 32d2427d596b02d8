import type { NextFunction, Request, Response } from 'express';
import { runInContext } from '../context/request-context.js';
import { newId } from '../time/id.js';

export const CORRELATION_HEADER = 'x-correlation-id';
const acceptable = /^[A-Za-z0-9._:-]{8,128}$/;

/** Takes the caller's correlation id (or makes one), echoes it back, and keeps it for the request. */
export function correlationIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const offered = request.header(CORRELATION_HEADER);
  const correlationId = offered && acceptable.test(offered) ? offered : newId();
  response.setHeader(CORRELATION_HEADER, correlationId);
  runInContext({ correlationId }, next);
}
