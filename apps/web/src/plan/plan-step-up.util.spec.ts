import { ApiProblem } from '../api/api-problem.js';
import { needsStepUp, stepUpSignInUrl } from './plan-step-up.util.js';

describe('the step-up before a signature', () => {
  it('is needed when the gateway says the sign-in is too old, not for other refusals', () => {
    expect(needsStepUp(new ApiProblem(403, 'reauthentication_required'))).toBe(true);
    expect(needsStepUp(new ApiProblem(409, 'plan_content_hash_stale'))).toBe(false);
    expect(needsStepUp(new Error('network'))).toBe(false);
  });

  it('signs in again with the password and comes back to the version’s sign-off panel', () => {
    const url = stepUpSignInUrl({ pathname: '/cases/abc/plan', search: '?lang=sv' }, 2);
    const parsed = new URL(url, 'http://app.invalid');
    expect(parsed.pathname).toBe('/auth/login');
    expect(parsed.searchParams.get('reauth')).toBe('1');
    expect(parsed.searchParams.get('returnTo')).toBe('/cases/abc/plan?lang=sv#plan-sign-off-2');
  });
});
