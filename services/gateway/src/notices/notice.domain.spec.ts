import { isNoticeWorthy, noticeReaders, receives, type AddressedNotice } from './notice.domain.js';

const caseId = '0190f5c4-0000-7000-8000-000000000001';

describe('isNoticeWorthy', () => {
  it("is every event but the case's state records", () => {
    expect(['CaseOpened', 'CareTeamMemberAdded', 'AssessmentStarted'].every(isNoticeWorthy)).toBe(true);
    expect(['CaseState', 'CaseStateErased'].some(isNoticeWorthy)).toBe(false);
  });
});

describe('noticeReaders', () => {
  const row = { user_id: 'u1', participant_kind: 'professional', since: '2026-01-01', until: null, removed_at: null };

  it('is the members active that day', () => {
    expect(noticeReaders([row, { ...row, user_id: 'u2', participant_kind: 'guardian' }], '2026-06-01')).toEqual([
      { userId: 'u1', participantKind: 'professional' },
      { userId: 'u2', participantKind: 'guardian' },
    ]);
  });

  it('leaves out members removed, ended or not yet started', () => {
    const rows = [
      { ...row, removed_at: new Date('2026-03-01T10:00:00Z') },
      { ...row, until: '2026-05-31' },
      { ...row, since: '2026-06-02' },
    ];
    expect(noticeReaders(rows, '2026-06-01')).toEqual([]);
  });
});

describe('receives', () => {
  const notice: AddressedNotice = {
    caseId,
    kind: 'CaseOpened',
    readers: [
      { userId: 'teacher', participantKind: 'professional' },
      { userId: 'mother', participantKind: 'guardian' },
    ],
  };

  it('reaches a member whose agency fits their place on the care team', () => {
    expect(receives(notice, { userId: 'teacher', agency: 'school' })).toBe(true);
    expect(receives(notice, { userId: 'mother', agency: 'family' })).toBe(true);
  });

  it('reaches no one outside the care team', () => {
    expect(receives(notice, { userId: 'someone-else', agency: 'school' })).toBe(false);
  });

  it('reaches no member whose agency does not fit their place', () => {
    expect(receives(notice, { userId: 'mother', agency: 'school' })).toBe(false);
    expect(receives(notice, { userId: 'teacher', agency: 'family' })).toBe(false);
  });
});
