import {
  checkConsentPeriod,
  consentFacts,
  decideConsent,
  decideWithdrawal,
  type ConsentCaller,
  type ConsentFacts,
  type WithdrawConsentInput,
} from './consent.domain.js';
import { ConsentError, ConsentErrorCode } from './consent.error.js';

const refused = (act: () => unknown): ConsentError => {
  try {
    act();
  } catch (error) {
    if (error instanceof ConsentError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};
const refusal = (act: () => unknown): string => refused(act).code;

const today = '2026-03-02';
const liisa: ConsentCaller = { userId: 'u-liisa', displayName: 'Liisa Aalto', roles: ['guardian'] };
const kari: ConsentCaller = { userId: 'u-kari', displayName: 'Kari Saarinen', roles: ['guardian'] };
const aino: ConsentCaller = { userId: 'u-aino', displayName: 'Aino Aalto', roles: ['child'] };
const sari: ConsentCaller = { userId: 'u-sari', displayName: 'Sari Virtanen', roles: ['cp-social-worker'] };
const anna: ConsentCaller = { userId: 'u-anna', displayName: 'Anna Laine', roles: ['teacher'] };

/** Aino turned 15 on 1 March 2026; Liisa is her recorded guardian. */
const facts = (overrides: Partial<ConsentFacts> = {}): ConsentFacts => ({
  callerKind: 'guardian',
  child: { name: 'Aino Aalto', userId: 'u-aino', dateOfBirth: '2011-03-01' },
  guardians: [{ name: 'Liisa Aalto', userId: 'u-liisa' }],
  ...overrides,
});
const under15 = (overrides: Partial<ConsentFacts> = {}) =>
  facts({ child: { name: 'Aino Aalto', userId: 'u-aino', dateOfBirth: '2011-03-03' }, ...overrides });
const period = { informationClass: 'health', toAgency: 'school', validFrom: today, validUntil: '2026-12-31' };

describe('consentFacts', () => {
  const kase = {
    childName: 'Aino Aalto',
    childDateOfBirth: '2011-03-01',
    guardians: [{ name: 'Liisa Aalto', userId: 'u-liisa' }],
  };
  const members = [
    { userId: 'u-sari', displayName: 'Sari Virtanen', participantKind: 'professional' },
    { userId: 'u-liisa', displayName: 'Liisa Aalto', participantKind: 'guardian' },
    { userId: 'u-kari', displayName: 'Kari Saarinen', participantKind: 'guardian' },
    { userId: 'u-aino', displayName: 'Aino', participantKind: 'child' },
  ];

  it("adds the care team's guardians to the case's, once each, and finds the child and the caller's part", () => {
    expect(consentFacts(kase, members, 'u-sari')).toEqual({
      callerKind: 'professional',
      child: { name: 'Aino Aalto', userId: 'u-aino', dateOfBirth: '2011-03-01' },
      guardians: [
        { name: 'Liisa Aalto', userId: 'u-liisa' },
        { name: 'Kari Saarinen', userId: 'u-kari' },
      ],
    });
  });

  it("takes the child's name from the care team when the case has none, and knows a caller outside the team by null", () => {
    const found = consentFacts({ ...kase, childName: null }, members, 'u-nobody');
    expect(found.child.name).toBe('Aino');
    expect(found.callerKind).toBeNull();
    expect(consentFacts({ ...kase, childName: null }, [], 'u-sari').child).toEqual({
      name: 'the child',
      userId: null,
      dateOfBirth: '2011-03-01',
    });
  });
});

describe('checkConsentPeriod', () => {
  const check =
    (
      validFrom: string,
      validUntil: string,
      giver: 'guardian' | 'young-person' = 'guardian',
      dateOfBirth: string | null = '2011-03-01',
    ) =>
    () =>
      checkConsentPeriod({ validFrom, validUntil }, giver, dateOfBirth, today);

  it('accepts a period from today up to exactly twelve months on', () => {
    expect(check(today, '2027-03-02')).not.toThrow();
  });

  it('refuses a period that ends on or before the day it starts', () => {
    expect(refusal(check(today, today))).toBe(ConsentErrorCode.PeriodInvalid);
    expect(refusal(check('2026-05-01', '2026-04-30'))).toBe(ConsentErrorCode.PeriodInvalid);
  });

  it('refuses a consent that starts before the day it is given', () => {
    expect(refusal(check('2026-03-01', '2026-06-01'))).toBe(ConsentErrorCode.PeriodInvalid);
  });

  it('refuses a period longer than twelve months, and says the limit', () => {
    expect(refusal(check(today, '2027-03-03'))).toBe(ConsentErrorCode.PeriodInvalid);
    expect(refused(check(today, '2028-01-01')).extensions).toEqual({ maxValidityMonths: 12 });
  });

  it("ends a guardian's consent before the child turns 18, but not the young person's own", () => {
    const nearlyAdult = '2008-06-01';
    expect(check(today, '2026-05-31', 'guardian', nearlyAdult)).not.toThrow();
    expect(refusal(check(today, '2026-06-01', 'guardian', nearlyAdult))).toBe(ConsentErrorCode.PeriodInvalid);
    expect(check(today, '2026-06-01', 'young-person', nearlyAdult)).not.toThrow();
    expect(check(today, '2026-06-01', 'guardian', null)).not.toThrow();
  });
});

describe('decideConsent', () => {
  const decide = (
    caller: ConsentCaller,
    found: ConsentFacts,
    consent: object = {},
    existing: Parameters<typeof decideConsent>[0]['existing'] = [],
  ) => decideConsent({ caller, facts: found, consent: { ...period, ...consent }, existing, today });

  it('lets a guardian of the child give their own consent, electronically', () => {
    expect(decide(liisa, facts())).toEqual({
      givenBy: { role: 'guardian', name: 'Liisa Aalto', userId: 'u-liisa' },
      method: 'electronic',
    });
  });

  it('refuses a guardian who is not a guardian of this child', () => {
    expect(refusal(() => decide(kari, facts()))).toBe(ConsentErrorCode.GiverNotEntitled);
  });

  it('lets the young person of 15 give their own consent, and refuses them under 15', () => {
    expect(decide(aino, facts({ callerKind: 'child' })).givenBy).toEqual({
      role: 'young-person',
      name: 'Aino Aalto',
      userId: 'u-aino',
    });
    expect(refusal(() => decide(aino, under15({ callerKind: 'child' })))).toBe(ConsentErrorCode.YoungPersonUnder15);
  });

  it("refuses the young person's own consent when the case has no date of birth", () => {
    const found = facts({ callerKind: 'child', child: { name: 'Aino Aalto', userId: 'u-aino', dateOfBirth: null } });
    expect(refusal(() => decide(aino, found))).toBe(ConsentErrorCode.AgeUnknown);
  });

  it('refuses a child who is not the child of this case', () => {
    expect(refusal(() => decide(aino, facts({ callerKind: 'professional' })))).toBe(ConsentErrorCode.GiverNotEntitled);
  });

  it('does not let a social worker or a teacher give consent in their own name', () => {
    expect(refusal(() => decide(sari, facts({ callerKind: 'professional' })))).toBe(ConsentErrorCode.GiverNotEntitled);
    expect(refusal(() => decide(anna, facts({ callerKind: 'professional' })))).toBe(ConsentErrorCode.GiverNotEntitled);
  });

  it("lets a social worker record a guardian's written consent, matched by name or user id, under the recorded name", () => {
    const byName = decide(sari, facts(), {
      givenBy: { role: 'guardian', name: ' liisa  AALTO ', userId: null },
      method: 'written',
    });
    expect(byName).toEqual({ givenBy: { role: 'guardian', name: 'Liisa Aalto', userId: 'u-liisa' }, method: 'written' });
    const byId = decide(sari, facts(), { givenBy: { role: 'guardian', name: 'L. Aalto', userId: 'u-liisa' }, method: 'verbal' });
    expect(byId.givenBy.name).toBe('Liisa Aalto');
  });

  it('matches by name a guardian the case records without a user account', () => {
    const found = facts({ guardians: [{ name: 'Matti Aalto', userId: null }] });
    expect(
      decide(sari, found, { givenBy: { role: 'guardian', name: 'Matti Aalto', userId: 'u-matti' }, method: 'written' }).givenBy,
    ).toEqual({ role: 'guardian', name: 'Matti Aalto', userId: null });
  });

  it('refuses to record a consent from someone who is not a guardian of the child', () => {
    const stranger = { givenBy: { role: 'guardian', name: 'Kari Saarinen', userId: 'u-kari' }, method: 'written' };
    expect(refusal(() => decide(sari, facts(), stranger))).toBe(ConsentErrorCode.GiverNotEntitled);
  });

  it("lets a social worker record the young person's verbal consent from 15, never under 15", () => {
    const spoken = { givenBy: { role: 'young-person' }, method: 'verbal' };
    expect(decide(sari, facts(), spoken)).toEqual({
      givenBy: { role: 'young-person', name: 'Aino Aalto', userId: 'u-aino' },
      method: 'verbal',
    });
    expect(refusal(() => decide(sari, under15(), spoken))).toBe(ConsentErrorCode.YoungPersonUnder15);
  });

  it('lets only a social worker record what someone else said or signed', () => {
    const forSomeoneElse = { givenBy: { role: 'guardian', name: 'Liisa Aalto', userId: null }, method: 'written' };
    expect(refusal(() => decide(liisa, facts(), forSomeoneElse))).toBe(ConsentErrorCode.RecorderNotEntitled);
  });

  it('checks the period against the giver', () => {
    expect(refusal(() => decide(liisa, facts(), { validUntil: '2028-01-01' }))).toBe(ConsentErrorCode.PeriodInvalid);
  });

  it('refuses a second consent in force for the same information, agency and days', () => {
    const same = { ...period, validFrom: '2026-12-01', validUntil: '2027-02-01', withdrawnAt: null };
    expect(refusal(() => decide(liisa, facts(), {}, [same]))).toBe(ConsentErrorCode.AlreadyGiven);
  });

  it('allows it when the earlier one was withdrawn, does not overlap, or is about other information or another agency', () => {
    const earlier = { ...period, validFrom: '2026-03-02', validUntil: '2026-06-30', withdrawnAt: null };
    expect(() => decide(liisa, facts(), {}, [{ ...earlier, withdrawnAt: new Date('2026-03-02T10:00:00Z') }])).not.toThrow();
    expect(() => decide(liisa, facts(), { validFrom: '2026-07-01' }, [earlier])).not.toThrow();
    expect(() =>
      decide(liisa, facts(), {}, [
        { ...earlier, informationClass: 'school' },
        { ...earlier, toAgency: 'psychiatry' },
      ]),
    ).not.toThrow();
  });
});

describe('decideWithdrawal', () => {
  type Consent = WithdrawConsentInput['consent'];
  const byLiisa: Consent = { givenByUserId: 'u-liisa', givenByRole: 'guardian', withdrawnAt: null };
  const onPaper: Consent = { givenByUserId: null, givenByRole: 'guardian', withdrawnAt: null };
  const withdraw = (
    caller: ConsentCaller,
    found: ConsentFacts,
    consent = byLiisa,
    withdrawnBy?: Parameters<typeof decideWithdrawal>[0]['withdrawnBy'],
  ) => decideWithdrawal({ caller, facts: found, consent, withdrawnBy, today });

  it('refuses to withdraw a consent twice', () => {
    expect(refusal(() => withdraw(liisa, facts(), { ...byLiisa, withdrawnAt: new Date() }))).toBe(
      ConsentErrorCode.AlreadyWithdrawn,
    );
  });

  it('lets the giver withdraw, in the role they gave it in, even when no longer a guardian on the case', () => {
    expect(withdraw(liisa, facts({ guardians: [] }))).toEqual({ role: 'guardian', name: 'Liisa Aalto', userId: 'u-liisa' });
  });

  it("lets a guardian withdraw a consent someone else gave, and the young person of 15 a guardian's", () => {
    expect(withdraw(liisa, facts(), onPaper).role).toBe('guardian');
    expect(withdraw(aino, facts({ callerKind: 'child' })).role).toBe('young-person');
  });

  it('refuses the young person under 15 and anyone not entitled', () => {
    expect(refusal(() => withdraw(aino, under15({ callerKind: 'child' })))).toBe(ConsentErrorCode.YoungPersonUnder15);
    expect(refusal(() => withdraw(kari, facts()))).toBe(ConsentErrorCode.WithdrawerNotEntitled);
    expect(refusal(() => withdraw(sari, facts({ callerKind: 'professional' })))).toBe(ConsentErrorCode.WithdrawerNotEntitled);
  });

  it('lets a social worker record a withdrawal from a guardian or the young person, and from no one else', () => {
    expect(withdraw(sari, facts(), byLiisa, { role: 'guardian', name: 'Liisa Aalto', userId: null }).name).toBe('Liisa Aalto');
    expect(withdraw(sari, facts(), byLiisa, { role: 'young-person' }).role).toBe('young-person');
    expect(refusal(() => withdraw(sari, facts(), byLiisa, { role: 'guardian', name: 'Kari Saarinen', userId: null }))).toBe(
      ConsentErrorCode.WithdrawerNotEntitled,
    );
    expect(refusal(() => withdraw(anna, facts(), byLiisa, { role: 'young-person' }))).toBe(ConsentErrorCode.RecorderNotEntitled);
  });
});
