import type { SignatoryGround } from '../plan-record/plan-signatory.entity.js';

export type AgencyName = 'child-protection' | 'psychiatry' | 'school' | 'family';

/**
 * The export's own words: in Finnish, the plan's language of record (the coded parts are FHIR's
 * codes; these are the `text` and `display` beside them).
 */
export const fhirWords = {
  title: 'Asiakassuunnitelma',
  subject: 'Lapsi, jonka asiakassuunnitelma tämä on',
  careTeam: 'Asiakassuunnitelman osapuolet',
  child: 'lapsi',
  need: 'Tarve',
  childView: 'Lapsen mielipide',
  disagreement: 'Eriävä näkemys',
  signing: 'Asiakassuunnitelman allekirjoitus',
  contentHash: 'Allekirjoitetun sisällön SHA-256 (RFC 8785 -kanonisoitu)',
  agency: {
    'child-protection': 'lastensuojelu',
    psychiatry: 'lastenpsykiatria',
    school: 'koulu',
    family: 'perhe',
  } satisfies Record<AgencyName, string>,
  ground: {
    'responsible-worker': 'vastuusosiaalityöntekijä',
    'agency-actions': 'toimenpiteistä vastaava taho',
    guardian: 'huoltaja',
    'foster-carer': 'sijaisvanhempi',
    'young-person': 'nuori',
    child: 'lapsi',
  } satisfies Record<SignatoryGround, string>,
} as const;
