import { ApiProblem } from '../api/api-problem.js';
import {
  caseloadAfterHandover,
  handoverErrorsFromProblem,
  handoverStanding,
  maySeeCaseloadOf,
  toHandoverCommand,
} from './handover.util.js';

const sari = { userId: 'sari', roles: ['cp-social-worker'] };
const jukkaMe = { userId: 'jukka', roles: ['cp-social-worker'] };
const tuula = { userId: 'tuula', roles: ['team-coordinator'] };
const markku = { userId: 'markku', roles: ['service-manager'] };
const anna = { userId: 'anna', roles: ['teacher'] };
const sarisCase = { responsibleWorker: { userId: 'sari' }, status: 'open' };
const jukka = {
  userId: 'jukka',
  displayName: 'Jukka Lehto',
  agency: 'child-protection' as const,
  roles: ['cp-social-worker' as const],
};

describe('the handover', () => {
  it('is for the responsible worker, a team coordinator who reads the case, and a service manager with or without reading it', () => {
    expect(handoverStanding(sari, sarisCase)).toBe('case');
    expect(handoverStanding(tuula, sarisCase)).toBe('case');
    expect(handoverStanding(markku, sarisCase)).toBe('case');
    expect(handoverStanding(markku, null)).toBe('manager');
    expect(handoverStanding(jukkaMe, sarisCase)).toBeNull();
    expect(handoverStanding(anna, sarisCase)).toBeNull();
    expect(handoverStanding(sari, null)).toBeNull();
    expect(handoverStanding({ userId: 'sari', roles: ['teacher'] }, sarisCase)).toBeNull();
  });

  it('shows a caseload to whom the service shows it: one’s own, or anyone’s to a coordinator or a service manager', () => {
    expect(maySeeCaseloadOf('sari', sari)).toBe(true);
    expect(maySeeCaseloadOf('jukka', sari)).toBe(false);
    expect(maySeeCaseloadOf('jukka', tuula)).toBe(true);
    expect(maySeeCaseloadOf('jukka', markku)).toBe(true);
  });

  it('counts the case in: at the limit already, taking one more goes over it', () => {
    expect(caseloadAfterHandover({ openCases: 1, limit: 2 })).toEqual({ after: 2, limit: 2, overLimit: false });
    expect(caseloadAfterHandover({ openCases: 2, limit: 2 })).toEqual({ after: 3, limit: 2, overLimit: true });
    expect(caseloadAfterHandover({ openCases: 31, limit: 30 })).toEqual({ after: 32, limit: 30, overLimit: true });
  });

  it('sends the new worker, and the override’s reason only when the limit is passed', () => {
    const within = { currentWorkerId: 'sari', overLimit: false, serviceManager: false };
    expect(toHandoverCommand({ person: jukka, overrideReason: 'ignored' }, within)).toEqual({
      command: { to: { userId: 'jukka', displayName: 'Jukka Lehto' } },
    });
    expect(
      toHandoverCommand(
        { person: jukka, overrideReason: ' Sijaisuus päättyy ' },
        { ...within, overLimit: true, serviceManager: true },
      ),
    ).toEqual({ command: { to: { userId: 'jukka', displayName: 'Jukka Lehto' }, caseloadOverrideReason: 'Sijaisuus päättyy' } });
  });

  it('names what to correct: nobody chosen, the worker already responsible, over the limit without a manager or a reason', () => {
    const within = { currentWorkerId: 'sari', overLimit: false, serviceManager: false };
    expect(toHandoverCommand({ person: null, overrideReason: '' }, within)).toEqual({
      errors: { person: 'handover.choosePerson' },
    });
    expect(toHandoverCommand({ person: jukka, overrideReason: '' }, { ...within, currentWorkerId: 'jukka' })).toEqual({
      errors: { person: 'problem.same_responsible_worker' },
    });
    expect(toHandoverCommand({ person: jukka, overrideReason: 'x' }, { ...within, overLimit: true })).toEqual({
      errors: { person: 'handover.overLimitManagerOnly' },
    });
    expect(
      toHandoverCommand({ person: jukka, overrideReason: '  ' }, { ...within, overLimit: true, serviceManager: true }),
    ).toEqual({
      errors: { overrideReason: 'handover.overrideReasonRequired' },
    });
  });

  it('ties the service’s refusals to the worker or the reason, and leaves others to be shown on their own', () => {
    expect(handoverErrorsFromProblem(new ApiProblem(409, 'caseload_limit_reached'))).toEqual({ person: 'handover.limitReached' });
    expect(handoverErrorsFromProblem(new ApiProblem(422, 'responsible_worker_not_social_worker'))).toEqual({
      person: 'problem.responsible_worker_not_social_worker',
    });
    expect(handoverErrorsFromProblem(new ApiProblem(403, 'caseload_override_not_allowed'))).toEqual({
      person: 'problem.caseload_override_not_allowed',
    });
    expect(handoverErrorsFromProblem(new ApiProblem(400, 'validation_failed', ['caseloadOverrideReason', 'to.userId']))).toEqual({
      overrideReason: 'handover.notAccepted',
      person: 'handover.notAccepted',
    });
    expect(handoverErrorsFromProblem(new ApiProblem(404, 'case_not_found'))).toBeNull();
    expect(handoverErrorsFromProblem(new ApiProblem(400, 'validation_failed', []))).toBeNull();
  });
});
