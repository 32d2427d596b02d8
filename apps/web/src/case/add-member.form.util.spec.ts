import { ApiProblem } from '../api/api-problem.js';
import {
  addMemberErrorsFromProblem,
  emptyAddMemberForm,
  toAddMemberCommand,
  type AddMemberForm,
} from './add-member.form.util.js';

const anna = { userId: 'anna-1', displayName: 'Anna Laine', agency: 'school' as const, roles: ['teacher' as const] };
const filled = (overrides: Partial<AddMemberForm> = {}): AddMemberForm => ({
  person: anna,
  roleInCase: ' luokanopettaja ',
  since: '23.12.2026',
  until: '',
  ...overrides,
});

describe('adding a care-team member', () => {
  it('starts today, with nobody chosen', () => {
    expect(emptyAddMemberForm('23.12.2026')).toEqual({ person: null, roleInCase: '', since: '23.12.2026', until: '' });
  });

  it('sends the chosen professional with their agency, their role in the case and the dates', () => {
    expect(toAddMemberCommand(filled())).toEqual({
      command: {
        userId: 'anna-1',
        displayName: 'Anna Laine',
        agency: 'school',
        participantKind: 'professional',
        roleInCase: 'luokanopettaja',
        since: '2026-12-23',
        until: null,
      },
    });
    expect(toAddMemberCommand(filled({ until: '31.5.2027' }))).toMatchObject({ command: { until: '2027-05-31' } });
  });

  it('names every field to correct', () => {
    expect(toAddMemberCommand(emptyAddMemberForm(''))).toEqual({
      errors: { person: 'addMember.choosePerson', roleInCase: 'addMember.required', since: 'addMember.required' },
    });
    expect(toAddMemberCommand(filled({ since: '32.12.2026', until: 'huomenna' }))).toEqual({
      errors: { since: 'addMember.invalidDate', until: 'addMember.invalidDate' },
    });
    expect(toAddMemberCommand(filled({ until: '22.12.2026' }))).toEqual({ errors: { until: 'addMember.untilBeforeSince' } });
  });

  it('ties the service’s refusals to the fields they concern, and leaves others to be shown on their own', () => {
    expect(addMemberErrorsFromProblem(new ApiProblem(409, 'already_on_care_team'))).toEqual({
      person: 'problem.already_on_care_team',
    });
    expect(addMemberErrorsFromProblem(new ApiProblem(400, 'validation_failed', ['roleInCase', 'until', 'userId']))).toEqual({
      roleInCase: 'addMember.notAccepted',
      until: 'addMember.notAccepted',
      person: 'addMember.notAccepted',
    });
    expect(addMemberErrorsFromProblem(new ApiProblem(400, 'validation_failed', []))).toBeNull();
    expect(addMemberErrorsFromProblem(new ApiProblem(409, 'case_closed'))).toBeNull();
    expect(addMemberErrorsFromProblem(new Error('boom'))).toBeNull();
  });
});
