import type { CareTeamMembership } from '@yhdessa/care-team';
import { decideStart, invitationProgress } from './assessment.domain.js';
import { AssessmentError, AssessmentErrorCode } from '../assessment-record/assessment.error.js';

const today = '2026-03-02';
const member = (userId: string, agency: string, participantKind = 'professional', overrides: Partial<CareTeamMembership> = {}) =>
  ({
    memberId: `m-${userId}`,
    caseId: 'c',
    userId,
    displayName: userId,
    agency,
    participantKind,
    roleInCase: 'role',
    since: '2026-01-01',
    until: null,
    removedAt: null,
    ...overrides,
  }) satisfies CareTeamMembership;

const members = [
  member('u-sari', 'child-protection'),
  member('u-anna', 'school'),
  member('u-hanna', 'psychiatry'),
  member('u-liisa', 'family', 'guardian'),
  member('u-aino', 'family', 'child'),
  member('u-gone', 'school', 'professional', { removedAt: new Date('2026-02-01T10:00:00Z') }),
];
const sari = { userId: 'u-sari', agency: 'child-protection', roles: ['cp-social-worker'] };

const refusal = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    if (error instanceof AssessmentError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('decideStart', () => {
  it('invites members of the care team of any agency, the guardian and the child, each by a date', () => {
    const invited = decideStart({
      caller: sari,
      members,
      invitations: ['u-anna', 'u-hanna', 'u-liisa', 'u-aino'].map((userId) => ({ userId, dueOn: '2026-03-20' })),
      today,
    });
    expect(invited.map((invitee) => [invitee.userId, invitee.agency, invitee.participantKind])).toEqual([
      ['u-anna', 'school', 'professional'],
      ['u-hanna', 'psychiatry', 'professional'],
      ['u-liisa', 'family', 'guardian'],
      ['u-aino', 'family', 'child'],
    ]);
  });

  it('refuses anyone not on the care team today, naming the invitation', () => {
    for (const userId of ['u-stranger', 'u-gone']) {
      const refused = refusal(() => decideStart({ caller: sari, members, invitations: [{ userId, dueOn: today }], today }));
      expect(refused.code).toBe(AssessmentErrorCode.InviteeNotOnCareTeam);
      expect(refused.extensions).toEqual({ errors: [{ path: 'invitations.0.userId', message: 'not on the care team' }] });
    }
  });

  it('refuses the same person twice, the lead themself, and a due date in the past', () => {
    const twice = [
      { userId: 'u-anna', dueOn: today },
      { userId: 'u-anna', dueOn: today },
    ];
    expect(refusal(() => decideStart({ caller: sari, members, invitations: twice, today })).code).toBe(
      AssessmentErrorCode.InviteeTwice,
    );
    expect(
      refusal(() => decideStart({ caller: sari, members, invitations: [{ userId: 'u-sari', dueOn: today }], today })).code,
    ).toBe(AssessmentErrorCode.InviteeTwice);
    expect(
      refusal(() => decideStart({ caller: sari, members, invitations: [{ userId: 'u-anna', dueOn: '2026-03-01' }], today })).code,
    ).toBe(AssessmentErrorCode.DueDateInPast);
  });

  it('is started only by a child-protection social worker on the care team', () => {
    const anna = { userId: 'u-anna', agency: 'school', roles: ['teacher'] };
    const jukka = { userId: 'u-jukka', agency: 'child-protection', roles: ['cp-social-worker'] };
    for (const caller of [anna, jukka]) {
      expect(
        refusal(() => decideStart({ caller, members, invitations: [{ userId: 'u-liisa', dueOn: today }], today })).code,
      ).toBe(AssessmentErrorCode.LeadNotEntitled);
    }
  });
});

describe('invitationProgress', () => {
  it('says how far a view is and flags it overdue from the day after its due date, unless submitted', () => {
    expect(invitationProgress({ dueOn: today }, null, today)).toEqual({ progress: 'not-started', overdue: false });
    expect(invitationProgress({ dueOn: today }, { version: 2, submittedAt: null }, '2026-03-03')).toEqual({
      progress: 'draft',
      overdue: true,
    });
    expect(invitationProgress({ dueOn: today }, { version: 3, submittedAt: new Date() }, '2026-04-01')).toEqual({
      progress: 'submitted',
      overdue: false,
    });
  });
});
