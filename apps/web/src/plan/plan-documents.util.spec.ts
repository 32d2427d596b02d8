import { planFhirUrl, planPdfUrl, printLanguageOf } from './plan-documents.util.js';

describe('the printed plan and its export', () => {
  it('prints in the reader’s language when the plan is printed in it, else in Finnish', () => {
    expect(printLanguageOf('sv')).toBe('sv');
    expect(printLanguageOf('en')).toBe('en');
    expect(printLanguageOf('fi')).toBe('fi');
    expect(printLanguageOf('de')).toBe('fi');
    expect(printLanguageOf(undefined)).toBe('fi');
  });

  it('reads both through the gateway', () => {
    expect(planPdfUrl('abc', 2, 'sv')).toBe('/api/client-plan/cases/abc/plan/versions/2/pdf?lang=sv');
    expect(planFhirUrl('abc')).toBe('/api/client-plan/cases/abc/plan/fhir');
  });
});
