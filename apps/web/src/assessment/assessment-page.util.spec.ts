import { assessmentLinks, invitationRole, recordsWithChild } from './assessment-page.util.js';

const invitation = (userId: string, participantKind = 'professional') => ({
  invitationId: `inv-${userId}`,
  userId,
  participantKind,
});
const assessment = (myInvitationId: string | null, status: 'open' | 'completed' = 'open') => ({
  status,
  lead: { userId: 'sari', displayName: 'Sari Virtanen' },
  myInvitationId,
  invitations: [invitation('anna'), invitation('aino', 'child')],
});
const sari = { userId: 'sari', roles: ['cp-social-worker'] };
const anna = { userId: 'anna', roles: ['teacher'] };
const aino = { userId: 'aino', roles: ['child'] };

describe('assessmentLinks', () => {
  it('sends an invitee to the contribution form, the child to the child’s own form, the lead to the synthesis', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parts of the view the rule reads
    const links = (a: any, me: typeof sari) => assessmentLinks(a, me);
    expect(links(assessment('inv-anna'), anna)).toEqual({ contribute: true, myView: false, synthesis: false });
    expect(links(assessment('inv-aino'), aino)).toEqual({ contribute: false, myView: true, synthesis: false });
    expect(links(assessment(null), sari)).toEqual({ contribute: false, myView: false, synthesis: true });
  });

  it('offers no form once the assessment is completed', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parts of the view the rule reads
    expect(assessmentLinks(assessment('inv-anna', 'completed') as any, anna)).toEqual({
      contribute: false,
      myView: false,
      synthesis: false,
    });
  });
});

describe('invitationRole', () => {
  const t = (key: string) =>
    (
      ({
        'agency.family': 'perhe',
        'agency.school': 'koulu',
        'agency.child-protection': 'lastensuojelu',
        'participantKind.child': 'lapsi',
        'careTeam.responsibleWorkerRole': 'lapsen asioista vastaava sosiaalityöntekijä',
      }) as Record<string, string>
    )[key] ?? key;

  it('says the agency and the role, and a family member’s part once where it reads the same as the role', () => {
    expect(invitationRole({ agency: 'school', roleInCase: 'luokanopettaja', participantKind: 'professional' }, t)).toBe(
      'koulu, luokanopettaja',
    );
    expect(invitationRole({ agency: 'family', roleInCase: 'lapsi', participantKind: 'child' }, t)).toBe('perhe, lapsi');
  });

  it('words the responsible social worker’s role code in the reader’s language', () => {
    expect(
      invitationRole({ agency: 'child-protection', roleInCase: 'responsible social worker', participantKind: 'professional' }, t),
    ).toBe('lastensuojelu, lapsen asioista vastaava sosiaalityöntekijä');
  });
});

describe('recordsWithChild', () => {
  it('offers to record the child’s view with the child until it is given, and no one else’s', () => {
    expect(recordsWithChild({ participantKind: 'child', progress: 'draft' })).toBe(true);
    expect(recordsWithChild({ participantKind: 'child', progress: 'submitted' })).toBe(false);
    expect(recordsWithChild({ participantKind: 'guardian', progress: 'not-started' })).toBe(false);
  });
});
