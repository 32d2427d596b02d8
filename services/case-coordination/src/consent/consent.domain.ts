import { addMonths, ageOn } from '@yhdessa/calendar';
import type { Role } from '@yhdessa/contracts';
import type { ConsentGiverRole, ConsentMethod } from '../case-record/consent.entity.js';
import type { NamedGiver } from './consent.commands.js';
import { ConsentError, ConsentErrorCode } from './consent.error.js';

export interface ConsentRules {
  /** From this age a young person gives and withdraws consent in their own right, beside the guardian. */
  ownConsentAge: number;
  /** A guardian's authority, and so a guardian's consent, ends when the child comes of age. */
  majorityAge: number;
  /** The longest one consent may run; the family is asked again at the client plan's yearly review (LSL 30 §). */
  maxValidityMonths: number;
}

export const consentRules: ConsentRules = { ownConsentAge: 15, majorityAge: 18, maxValidityMonths: 12 };

export interface Person {
  name: string;
  userId: string | null;
}

export interface Giver extends Person {
  role: ConsentGiverRole;
}

export interface ConsentCaller {
  userId: string;
  displayName: string;
  roles: readonly Role[];
}

/** What the rules need to know about the case and its care team. */
export interface ConsentFacts {
  /** How the caller takes part on the care team (`guardian`, `child`, `professional`, …), or null. */
  callerKind: string | null;
  child: { name: string; userId: string | null; dateOfBirth: string | null };
  /** The case's recorded guardians, and the care team's members taking part as guardians. */
  guardians: readonly Person[];
}

export interface ConsentPeriod {
  validFrom: string;
  validUntil: string;
}

export interface ExistingConsent extends ConsentPeriod {
  informationClass: string;
  toAgency: string;
  withdrawnAt: Date | null;
}

interface CareTeamPart {
  userId: string;
  displayName: string;
  participantKind: string;
}

/** Gathers the facts from the case row and its active care-team members. */
export function consentFacts(
  kase: { childName: string | null; childDateOfBirth: string | null; guardians: readonly Person[] },
  members: readonly CareTeamPart[],
  callerId: string,
): ConsentFacts {
  const child = members.find((member) => member.participantKind === 'child');
  const teamGuardians = members
    .filter(
      (member) => member.participantKind === 'guardian' && !kase.guardians.some((guardian) => guardian.userId === member.userId),
    )
    .map((member) => ({ name: member.displayName, userId: member.userId }));
  return {
    callerKind: members.find((member) => member.userId === callerId)?.participantKind ?? null,
    child: {
      name: kase.childName ?? child?.displayName ?? 'the child',
      userId: child?.userId ?? null,
      dateOfBirth: kase.childDateOfBirth,
    },
    guardians: [...kase.guardians, ...teamGuardians],
  };
}

/**
 * Refuses a period that no consent may have: ending before it starts, starting before the day it is
 * given, running longer than the rules allow, or (for a guardian) reaching the child's majority.
 */
export function checkConsentPeriod(
  period: ConsentPeriod,
  giver: ConsentGiverRole,
  dateOfBirth: string | null,
  today: string,
  rules = consentRules,
): void {
  const invalid = (rule: string): never => {
    throw new ConsentError(ConsentErrorCode.PeriodInvalid, `The consent period is not valid: ${rule}.`, {
      maxValidityMonths: rules.maxValidityMonths,
    });
  };
  if (period.validUntil <= period.validFrom) invalid('it must end after it starts');
  if (period.validFrom < today) invalid('it cannot start before the day the consent is given');
  if (period.validUntil > addMonths(period.validFrom, rules.maxValidityMonths))
    invalid(`it may run for at most ${rules.maxValidityMonths} months`);
  if (giver === 'guardian' && dateOfBirth !== null && ageOn(dateOfBirth, period.validUntil) >= rules.majorityAge) {
    invalid(`a guardian's consent ends before the child turns ${rules.majorityAge}`);
  }
}

function assertOwnConsentAge(child: ConsentFacts['child'], today: string, rules: ConsentRules): void {
  if (child.dateOfBirth === null) {
    throw new ConsentError(
      ConsentErrorCode.AgeUnknown,
      "The case has no date of birth for the child, so the young person's age cannot be checked.",
    );
  }
  if (ageOn(child.dateOfBirth, today) < rules.ownConsentAge) {
    throw new ConsentError(
      ConsentErrorCode.YoungPersonUnder15,
      `A young person decides on consent in their own right from the age of ${rules.ownConsentAge}.`,
    );
  }
}

const refusals: Record<ConsentErrorCode.GiverNotEntitled | ConsentErrorCode.WithdrawerNotEntitled, string> = {
  [ConsentErrorCode.GiverNotEntitled]:
    'Consent is given by a guardian of the child or by the young person; a social worker records one given on paper or by word of mouth.',
  [ConsentErrorCode.WithdrawerNotEntitled]:
    'A consent is withdrawn by its giver, a guardian of the child or the young person; a social worker records a withdrawal said or written to them.',
};
type Refusal = keyof typeof refusals;

/** The caller in their own right: a guardian of the child, or the young person themself from 15. */
function callerInOwnRight(
  caller: ConsentCaller,
  facts: ConsentFacts,
  today: string,
  refusal: Refusal,
  rules: ConsentRules,
): Giver {
  if (caller.roles.includes('guardian') && facts.guardians.some((guardian) => guardian.userId === caller.userId)) {
    return { role: 'guardian', name: caller.displayName, userId: caller.userId };
  }
  if (caller.roles.includes('child') && facts.callerKind === 'child') {
    assertOwnConsentAge(facts.child, today, rules);
    return { role: 'young-person', name: caller.displayName, userId: caller.userId };
  }
  throw new ConsentError(refusal, refusals[refusal]);
}

const normalised = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');

function isSameGuardian(guardian: Person, named: Extract<NamedGiver, { role: 'guardian' }>): boolean {
  if (guardian.userId !== null && named.userId !== null) return guardian.userId === named.userId;
  return normalised(guardian.name) === normalised(named.name);
}

/** The person a social worker records from: one of the child's guardians, or the young person from 15. */
function recordedPerson(
  caller: ConsentCaller,
  facts: ConsentFacts,
  named: NamedGiver,
  today: string,
  refusal: Refusal,
  rules: ConsentRules,
): Giver {
  if (!caller.roles.includes('cp-social-worker')) {
    throw new ConsentError(
      ConsentErrorCode.RecorderNotEntitled,
      'Only a social worker on the care team records what someone else said or signed.',
    );
  }
  if (named.role === 'young-person') {
    assertOwnConsentAge(facts.child, today, rules);
    return { role: 'young-person', name: facts.child.name, userId: facts.child.userId };
  }
  const guardian = facts.guardians.find((candidate) => isSameGuardian(candidate, named));
  if (!guardian) throw new ConsentError(refusal, 'The person named is not a guardian of the child on this case.');
  return { role: 'guardian', name: guardian.name, userId: guardian.userId };
}

const overlaps = (a: ConsentPeriod, b: ConsentPeriod) => a.validFrom <= b.validUntil && b.validFrom <= a.validUntil;

export interface GiveConsentInput {
  caller: ConsentCaller;
  facts: ConsentFacts;
  consent: ConsentPeriod & { informationClass: string; toAgency: string; givenBy?: NamedGiver; method?: 'written' | 'verbal' };
  /** The case's consents so far. */
  existing: readonly ExistingConsent[];
  /** The Finnish calendar day the consent is given. */
  today: string;
}

/** Who gives the consent and how, once it is certain they may, for that period, and it is not given already. */
export function decideConsent(input: GiveConsentInput, rules = consentRules): { givenBy: Giver; method: ConsentMethod } {
  const { caller, facts, consent, today } = input;
  const givenBy = consent.givenBy
    ? recordedPerson(caller, facts, consent.givenBy, today, ConsentErrorCode.GiverNotEntitled, rules)
    : callerInOwnRight(caller, facts, today, ConsentErrorCode.GiverNotEntitled, rules);
  checkConsentPeriod(consent, givenBy.role, facts.child.dateOfBirth, today, rules);
  const same = input.existing.filter(
    (other) =>
      other.withdrawnAt === null && other.informationClass === consent.informationClass && other.toAgency === consent.toAgency,
  );
  if (same.some((other) => overlaps(other, consent))) {
    throw new ConsentError(
      ConsentErrorCode.AlreadyGiven,
      'A consent for this information and agency already covers part of this period.',
    );
  }
  return { givenBy, method: consent.method ?? 'electronic' };
}

export interface WithdrawConsentInput {
  caller: ConsentCaller;
  facts: ConsentFacts;
  consent: { givenByUserId: string | null; givenByRole: ConsentGiverRole; withdrawnAt: Date | null };
  /** Set when a social worker records the withdrawal for someone else. */
  withdrawnBy?: NamedGiver;
  today: string;
}

/** Who withdraws the consent: its giver, a guardian, the young person from 15, or one of them through a social worker. */
export function decideWithdrawal(input: WithdrawConsentInput, rules = consentRules): Giver {
  const { caller, facts, consent, today } = input;
  if (consent.withdrawnAt !== null)
    throw new ConsentError(ConsentErrorCode.AlreadyWithdrawn, 'The consent has already been withdrawn.');
  if (input.withdrawnBy)
    return recordedPerson(caller, facts, input.withdrawnBy, today, ConsentErrorCode.WithdrawerNotEntitled, rules);
  if (consent.givenByUserId !== null && consent.givenByUserId === caller.userId) {
    return { role: consent.givenByRole, name: caller.displayName, userId: caller.userId };
  }
  return callerInOwnRight(caller, facts, today, ConsentErrorCode.WithdrawerNotEntitled, rules);
}
