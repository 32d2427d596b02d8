import { eventCatalog, isEventName, onlyReadAgain } from './event-catalog.js';

describe('onlyReadAgain', () => {
  it('marks the notices that a service’s reads now follow a consent, every version of them', () => {
    const notices = Object.keys(eventCatalog).filter(onlyReadAgain);
    expect(notices.sort()).toEqual(['AssessmentVisibilityChanged.v1', 'PlanVisibilityChanged.v1']);
    for (const name of Object.keys(eventCatalog).filter((name) => /^(Assessment|Plan)VisibilityChanged\./.test(name))) {
      expect(onlyReadAgain(name)).toBe(true);
    }
  });

  it('leaves what happened on the case, the consent itself included, and unknown names unmarked', () => {
    for (const name of ['ConsentWithdrawn.v1', 'ConsentGiven.v1', 'AssessmentCompleted.v1', 'PlanVersionSignedOff.v1']) {
      expect(isEventName(name)).toBe(true);
      expect(onlyReadAgain(name)).toBe(false);
    }
    expect(onlyReadAgain('AssessmentVisibilityChanged.v9')).toBe(false);
  });
});
