/**
 * A refusal or failure from the API as the app handles it: RFC 9457 problem details reduced to what
 * the screens need. `code` is what they switch on and what the words come from
 * (`problemMessageKey`); the prose in `detail` is never shown.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** validation_failed: the fields that did not pass, as dotted paths (`child.personalIdentityCode`). */
    readonly fields: readonly string[] = [],
  ) {
    super(`${status} ${code}`);
    this.name = 'ApiProblem';
  }
}

/** Answers that are not problem details (a proxy's HTML page, an empty body) and calls that never got an answer. */
export const transportCodes = { unexpectedAnswer: 'unexpected_answer', networkError: 'network_error' } as const;

/** The problem in an error answer's body, or an `unexpected_answer` one when the body is not problem details. */
export function toApiProblem(status: number, body: unknown): ApiProblem {
  if (typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'string') {
    const { code, errors } = body as { code: string; errors?: unknown };
    const fields = Array.isArray(errors)
      ? errors.flatMap((error) => (typeof error?.path === 'string' ? [error.path as string] : []))
      : [];
    return new ApiProblem(status, code, fields);
  }
  return new ApiProblem(status, transportCodes.unexpectedAnswer);
}

export const isApiProblem = (error: unknown): error is ApiProblem => error instanceof ApiProblem;

/** A case the reader may not see answers exactly as one that does not exist: both are "not found" to the app. */
export const isNotFound = (error: unknown): boolean => isApiProblem(error) && error.status === 404;

export const isSignedOut = (error: unknown): boolean => isApiProblem(error) && error.status === 401;
