import { visibleClasses } from './timeline-visibility.domain.js';

const sorted = (classes: Set<string>) => [...classes].sort();

describe('visibleClasses', () => {
  it('shows child protection everything on its own case', () => {
    expect(sorted(visibleClasses('child-protection', []))).toEqual(['child-protection', 'health', 'school', 'shared-plan']);
  });

  it('shows the school the shared plan and school information, not health or child protection', () => {
    expect(sorted(visibleClasses('school', []))).toEqual(['school', 'shared-plan']);
  });

  it('adds what the family consented to share with the reader’s agency', () => {
    expect(sorted(visibleClasses('school', ['health']))).toEqual(['health', 'school', 'shared-plan']);
  });

  it('shows psychiatry health information as its own', () => {
    expect(sorted(visibleClasses('psychiatry', []))).toEqual(['health', 'shared-plan']);
  });

  it('shows the family the shared plan only, whatever consents exist', () => {
    expect(sorted(visibleClasses('family', ['health']))).toEqual(['shared-plan']);
  });
});
