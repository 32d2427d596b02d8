import { bringsIntoForce, decideAnswer, everyoneSigned, isAwaitedSignature, signaturesAwaited } from './sign-off.domain.js';
import { SignOffErrorCode } from './sign-off.error.js';

const hash = 'a'.repeat(64);
const now = new Date('2026-12-01T10:00:00Z');
const version = {
  status: 'signing' as const,
  contentHash: hash,
  roundExpiresAt: new Date('2026-12-15T10:00:00Z'),
  roundOrdered: false,
};
const signatories = [
  { userId: 'sari', part: 'signs' as const, position: 1 },
  { userId: 'liisa', part: 'signs' as const, position: 2 },
  { userId: 'aino', part: 'comments' as const, position: 3 },
];
const decide = (overrides: Partial<Parameters<typeof decideAnswer>[0]> = {}) =>
  decideAnswer({ version, signatories, answers: [], userId: 'liisa', contentHash: hash, answer: 'sign', now, ...overrides });
const refusal = (code: SignOffErrorCode) => expect.objectContaining({ code });

describe('decideAnswer', () => {
  it('records a signature, a comment and a decline', () => {
    expect(decide()).toBe('signed');
    expect(decide({ userId: 'aino', answer: 'comment' })).toBe('commented');
    expect(decide({ userId: 'aino', answer: 'sign' })).toBe('signed');
    expect(decide({ answer: 'decline' })).toBe('declined');
  });

  it('refuses a signature on a hash that is not the content now, before anything else', () => {
    expect(() => decide({ contentHash: 'b'.repeat(64) })).toThrow(refusal(SignOffErrorCode.StaleContentHash));
    expect(() => decide({ contentHash: 'b'.repeat(64), version: { ...version, status: 'draft' } })).toThrow(
      refusal(SignOffErrorCode.StaleContentHash),
    );
  });

  it('refuses a version not out for signing, an expired round, a person not asked, a second answer', () => {
    expect(() => decide({ version: { ...version, status: 'draft' } })).toThrow(refusal(SignOffErrorCode.NotOpenForSigning));
    expect(() => decide({ version: { ...version, status: 'in-force' } })).toThrow(refusal(SignOffErrorCode.NotOpenForSigning));
    expect(() => decide({ now: new Date('2026-12-15T10:00:00Z') })).toThrow(refusal(SignOffErrorCode.RoundExpired));
    expect(() => decide({ userId: 'anna' })).toThrow(refusal(SignOffErrorCode.NotASignatory));
    expect(() => decide({ answers: [{ userId: 'liisa', decision: 'signed' }] })).toThrow(
      refusal(SignOffErrorCode.AlreadyAnswered),
    );
    expect(() => decide({ answer: 'comment' })).toThrow(refusal(SignOffErrorCode.NotASignatory));
  });

  it('in an ordered round, waits for those before who must sign; a decline may come at any time', () => {
    const ordered = { ...version, roundOrdered: true };
    expect(() => decide({ version: ordered })).toThrow(refusal(SignOffErrorCode.OutOfOrder));
    expect(decide({ version: ordered, answers: [{ userId: 'sari', decision: 'signed' }] })).toBe('signed');
    expect(decide({ version: ordered, answer: 'decline' })).toBe('declined');
    expect(
      decide({
        version: ordered,
        userId: 'aino',
        answer: 'comment',
        answers: [
          { userId: 'sari', decision: 'signed' },
          { userId: 'liisa', decision: 'signed' },
        ],
      }),
    ).toBe('commented');
  });
});

describe('everyoneSigned', () => {
  it('waits for everyone who must sign, not for those asked to comment', () => {
    expect(everyoneSigned(signatories, [{ userId: 'sari', decision: 'signed' }])).toBe(false);
    expect(
      everyoneSigned(signatories, [
        { userId: 'sari', decision: 'signed' },
        { userId: 'liisa', decision: 'signed' },
      ]),
    ).toBe(true);
    expect(
      everyoneSigned(signatories, [
        { userId: 'sari', decision: 'signed' },
        { userId: 'liisa', decision: 'declined' },
      ]),
    ).toBe(false);
  });
});

describe('the awaited signatures', () => {
  it('opens a round awaiting one signature from each party who signs, not from those asked to comment', () => {
    expect(signaturesAwaited(signatories)).toBe(2);
    expect(signaturesAwaited([])).toBe(0);
  });

  it('counts only a signature by a party who signs', () => {
    expect(isAwaitedSignature('signed', 'signs')).toBe(true);
    expect(isAwaitedSignature('signed', 'comments')).toBe(false);
    expect(isAwaitedSignature('commented', 'comments')).toBe(false);
    expect(isAwaitedSignature('declined', 'signs')).toBe(false);
  });

  it('brings the version into force with the signature that leaves none awaited, and only then', () => {
    expect(bringsIntoForce('signed', 1)).toBe(false);
    expect(bringsIntoForce('signed', 0)).toBe(true);
    expect(bringsIntoForce('commented', 0)).toBe(false);
    expect(bringsIntoForce('declined', 0)).toBe(false);
  });

  it('agrees with everyoneSigned answer by answer, whatever the order', () => {
    const answers = [
      { userId: 'aino', decision: 'commented' as const },
      { userId: 'liisa', decision: 'signed' as const },
      { userId: 'sari', decision: 'signed' as const },
    ];
    for (const order of [answers, [...answers].reverse(), [answers[1]!, answers[0]!, answers[2]!]]) {
      let awaited = signaturesAwaited(signatories);
      order.forEach((answer, index) => {
        const part = signatories.find((signatory) => signatory.userId === answer.userId)!.part;
        if (isAwaitedSignature(answer.decision, part)) awaited -= 1;
        const given = order.slice(0, index + 1);
        expect(bringsIntoForce(answer.decision, awaited)).toBe(
          answer.decision === 'signed' && everyoneSigned(signatories, given) && !everyoneSigned(signatories, given.slice(0, -1)),
        );
      });
    }
  });
});
