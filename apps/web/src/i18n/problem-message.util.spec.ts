import { ApiProblem } from '../api/api-problem.js';
import { problemMessage } from './problem-message.util.js';

const known = (key: string) => ['problem.case_closed', 'problem.unexpected', 'problem.network_error'].includes(key);

describe('a problem in words', () => {
  it('takes the sentence of the problem’s code', () => {
    expect(problemMessage(new ApiProblem(409, 'case_closed'), known)).toEqual({
      key: 'problem.case_closed',
      code: 'case_closed',
    });
    expect(problemMessage(new ApiProblem(0, 'network_error'), known)).toEqual({
      key: 'problem.network_error',
      code: 'network_error',
    });
  });

  it('falls back to a general sentence that names a code it has no words for', () => {
    expect(problemMessage(new ApiProblem(409, 'brand_new_rule'), known)).toEqual({
      key: 'problem.unexpected',
      code: 'brand_new_rule',
    });
  });

  it('treats anything but a problem (a bug in the app) as unexpected', () => {
    expect(problemMessage(new TypeError('x is undefined'), known)).toEqual({ key: 'problem.unexpected', code: 'unexpected' });
  });
});
