import { eventCatalog, eventName, isEventName } from '@yhdessa/contracts';
import { shownOnTimeline, technicalEvents } from './timeline.domain.js';

describe('what the case timeline tells', () => {
  it('leaves off the events that only tell live views to read again, the client plan’s included', () => {
    expect(shownOnTimeline('AssessmentVisibilityChanged')).toBe(false);
    expect(shownOnTimeline('PlanVisibilityChanged')).toBe(false);
  });

  it('tells what happened on the case: consents, assessments, plans and consultations', () => {
    for (const type of ['ConsentWithdrawn', 'AssessmentStarted', 'PlanVersionSignedOff', 'ConsultationConcluded']) {
      expect(shownOnTimeline(type)).toBe(true);
    }
  });

  it('names event types, never a version, so that every version of one stays off', () => {
    for (const type of technicalEvents) expect(type).toMatch(/^[A-Z][A-Za-z]+$/);
    const assessment = eventName('AssessmentVisibilityChanged', 1);
    expect(isEventName(assessment) && eventCatalog[assessment].topic).toBe('assessment.events');
  });
});
