import { ApiProblem, isNotFound, isSignedOut, toApiProblem } from './api-problem.js';

describe('problem details as the app reads them', () => {
  it('keeps the status, the code and the fields that did not pass', () => {
    const problem = toApiProblem(400, {
      type: 'urn:yhdessa:problem:validation_failed',
      title: 'Bad Request',
      status: 400,
      code: 'validation_failed',
      errors: [
        { path: 'child.personalIdentityCode', message: 'Invalid' },
        { path: 'notification.content', message: 'Too small' },
      ],
    });
    expect(problem).toBeInstanceOf(ApiProblem);
    expect([problem.status, problem.code, problem.fields]).toEqual([
      400,
      'validation_failed',
      ['child.personalIdentityCode', 'notification.content'],
    ]);
  });

  it('turns a body that is no problem (an HTML error page, nothing) into unexpected_answer', () => {
    expect(toApiProblem(502, '<html>Bad gateway</html>').code).toBe('unexpected_answer');
    expect(toApiProblem(500, undefined).code).toBe('unexpected_answer');
    expect(toApiProblem(500, { code: 42 }).code).toBe('unexpected_answer');
  });

  it('tells "not found" and "signed out" apart from other refusals', () => {
    expect(isNotFound(toApiProblem(404, { code: 'case_not_found' }))).toBe(true);
    expect(isNotFound(toApiProblem(403, { code: 'role_required' }))).toBe(false);
    expect(isSignedOut(toApiProblem(401, { code: 'token_missing' }))).toBe(true);
    expect(isSignedOut(new Error('boom'))).toBe(false);
  });
});
