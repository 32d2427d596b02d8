import type { InformationClass } from '@yhdessa/contracts';
import { seesContribution, type VisibilityFacts } from './contribution-visibility.domain.js';

const school = new Set<InformationClass>(['school', 'shared-plan']);
const schoolWithHealthConsent = new Set<InformationClass>(['school', 'shared-plan', 'health']);
const everything = new Set<InformationClass>(['child-protection', 'health', 'school', 'shared-plan']);

const facts = (overrides: Partial<VisibilityFacts> = {}): VisibilityFacts => ({
  readerUserId: 'u-anna',
  classes: school,
  leadUserId: 'u-sari',
  blindUntilSubmitted: true,
  own: { submitted: true },
  ...overrides,
});
const nurse = { authorUserId: 'u-hanna', informationClass: 'health' as const, submitted: true };
const mother = { authorUserId: 'u-liisa', informationClass: 'shared-plan' as const, submitted: true };

describe('seesContribution', () => {
  it("keeps an invitee blind to the others' views until they submit their own", () => {
    expect(seesContribution(facts({ own: { submitted: false } }), mother)).toBe(false);
    expect(seesContribution(facts(), mother)).toBe(true);
  });

  it('lets an invitee see the others at once when the assessment is not blind', () => {
    expect(seesContribution(facts({ blindUntilSubmitted: false, own: { submitted: false } }), mother)).toBe(true);
  });

  it("shows the school the psychiatry nurse's view only while the family's consent opens health to it", () => {
    expect(seesContribution(facts(), nurse)).toBe(false);
    expect(seesContribution(facts({ classes: schoolWithHealthConsent }), nurse)).toBe(true);
  });

  it('shows the lead every submitted view and nobody a draft but its author', () => {
    const lead = facts({ readerUserId: 'u-sari', classes: everything, own: null });
    expect(seesContribution(lead, nurse)).toBe(true);
    expect(seesContribution(lead, { ...nurse, submitted: false })).toBe(false);
    expect(seesContribution(facts({ readerUserId: 'u-hanna', own: { submitted: false } }), { ...nurse, submitted: false })).toBe(
      true,
    );
  });

  it('shows nothing to a care-team member who is neither invited nor the lead', () => {
    expect(seesContribution(facts({ own: null, classes: everything }), mother)).toBe(false);
  });
});
