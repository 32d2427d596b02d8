/** The languages the plan is printed in; the app's other languages print in Finnish. */
export type PrintLanguage = 'fi' | 'sv' | 'en';

export const printLanguageOf = (language: string | undefined): PrintLanguage =>
  language === 'sv' || language === 'en' ? language : 'fi';

/** The printed version (PDF), through the gateway. */
export const planPdfUrl = (caseId: string, version: number, language: PrintLanguage): string =>
  `/api/client-plan/cases/${encodeURIComponent(caseId)}/plan/versions/${version}/pdf?lang=${language}`;

/** The plan in force as HL7 FHIR R4, through the gateway. */
export const planFhirUrl = (caseId: string): string => `/api/client-plan/cases/${encodeURIComponent(caseId)}/plan/fhir`;
