import { roundProgress, turnOn, type PlanVersion } from './plan.util.js';

const signatory = (userId: string, part: 'signs' | 'comments', decision: 'signed' | 'declined' | 'commented' | null) => ({
  userId,
  displayName: userId,
  agency: 'family' as const,
  part,
  ground: 'guardian' as const,
  position: 1,
  answer:
    decision === null
      ? null
      : {
          round: 1,
          userId,
          displayName: userId,
          agency: 'family' as const,
          decision,
          contentHash: 'h',
          remark: null,
          at: '2026-12-01T10:00:00Z',
        },
});
const version = (status: PlanVersion['status'], signatories: ReturnType<typeof signatory>[]): PlanVersion =>
  ({
    version: 1,
    status,
    revision: 1,
    contentHash: 'h',
    signedContentHash: null,
    hiddenActions: 0,
    signedOffAt: null,
    signatureRecord: [],
    content: {} as PlanVersion['content'],
    round: signatories.length ? { number: 1, ordered: false, expiresAt: null, signatories } : null,
  }) as PlanVersion;

describe('turnOn', () => {
  it('lets a party who has not answered answer, as signer or commenter', () => {
    const signing = version('signing', [
      signatory('liisa', 'signs', null),
      signatory('aino', 'comments', null),
      signatory('anna', 'signs', 'signed'),
    ]);
    expect(turnOn(signing, 'liisa', false)).toEqual({ kind: 'answer', part: 'signs' });
    expect(turnOn(signing, 'aino', false)).toEqual({ kind: 'answer', part: 'comments' });
    expect(turnOn(signing, 'anna', false)).toEqual({ kind: 'none' });
    expect(turnOn(signing, 'ville', false)).toEqual({ kind: 'none' });
  });

  it('lets only the responsible worker send a draft, and nobody act on a version in force', () => {
    expect(turnOn(version('draft', []), 'sari', true)).toEqual({ kind: 'send' });
    expect(turnOn(version('draft', []), 'anna', false)).toEqual({ kind: 'none' });
    expect(turnOn(version('in-force', [signatory('liisa', 'signs', null)]), 'liisa', false)).toEqual({ kind: 'none' });
  });
});

describe('roundProgress', () => {
  it('counts those who must sign and have, not those asked to comment', () => {
    expect(
      roundProgress(
        version('signing', [
          signatory('liisa', 'signs', 'signed'),
          signatory('anna', 'signs', 'declined'),
          signatory('aino', 'comments', 'commented'),
        ]),
      ),
    ).toEqual({ signed: 1, required: 2 });
  });
});
