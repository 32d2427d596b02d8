import type { Agency } from '@yhdessa/contracts';
import type { PlanVersionStatus } from '../plan-record/plan-version.entity.js';
import type { SignatureDecision } from '../plan-record/plan-signature.entity.js';

export const printLanguages = ['fi', 'sv', 'en'] as const;
export type PrintLanguage = (typeof printLanguages)[number];

/** The printed plan's words (UI.md: asiakassuunnitelma / klientplan, allekirjoittaa / underteckna). */
export interface PrintWords {
  title: string;
  version: (version: number, status: string) => string;
  status: Record<PlanVersionStatus, string>;
  caseId: string;
  printedAt: string;
  contentHash: string;
  contentHashNote: string;
  signedContentHash: string;
  signedOffAt: string;
  needs: string;
  goals: string;
  goalProfessional: string;
  goalChild: string;
  actions: string;
  actionWhat: string;
  actionWho: string;
  actionWhen: string;
  hiddenActions: (count: number) => string;
  services: string;
  participants: string;
  childView: string;
  childViewHow: string;
  disagreements: string;
  heldBy: string;
  reviewOn: string;
  none: string;
  signatureRecord: string;
  signatureRecordLead: string;
  round: string;
  decision: Record<SignatureDecision, string>;
  remark: string;
  hash: string;
  noSignatures: string;
  agency: Record<Agency, string>;
  page: (page: number, pages: number) => string;
}

const agencies = {
  fi: {
    'child-protection': 'lastensuojelu',
    psychiatry: 'lastenpsykiatria',
    school: 'koulu',
    family: 'perhe',
    system: 'järjestelmä',
  },
  sv: { 'child-protection': 'barnskydd', psychiatry: 'barnpsykiatri', school: 'skola', family: 'familj', system: 'systemet' },
  en: {
    'child-protection': 'child protection',
    psychiatry: 'child psychiatry',
    school: 'school',
    family: 'family',
    system: 'the system',
  },
} as const satisfies Record<PrintLanguage, Record<string, string>>;

export const printWords: Record<PrintLanguage, PrintWords> = {
  fi: {
    title: 'Asiakassuunnitelma',
    version: (version, status) => `Versio ${version}: ${status}`,
    status: { draft: 'luonnos', signing: 'allekirjoitettavana', 'in-force': 'voimassa', superseded: 'korvattu' },
    caseId: 'Asian tunniste',
    printedAt: 'Tulostettu',
    contentHash: 'Sisällön tunniste (SHA-256)',
    contentHashNote:
      'Tunniste lasketaan suunnitelman koko sisällöstä (RFC 8785 -muotoon kanonisoituna). Jokainen allekirjoitus sitoutuu tähän tunnisteeseen.',
    signedContentHash: 'Allekirjoitettu sisältö (SHA-256) ennen tekijänsä korjausta',
    signedOffAt: 'Voimaan',
    needs: 'Tarpeet',
    goals: 'Tavoitteet',
    goalProfessional: 'Tavoite',
    goalChild: 'Lapsen omin sanoin',
    actions: 'Toimenpiteet',
    actionWhat: 'Mitä tehdään',
    actionWho: 'Vastuussa',
    actionWhen: 'Aikataulu',
    hiddenActions: (count) => `Toisten tahojen toimenpiteitä, joita et voi nähdä ilman perheen suostumusta: ${count}.`,
    services: 'Palvelut',
    participants: 'Osallistujat',
    childView: 'Lapsen mielipide',
    childViewHow: 'Miten selvitettiin',
    disagreements: 'Eriävät näkemykset',
    heldBy: 'Kenen näkemys',
    reviewOn: 'Tarkistetaan viimeistään',
    none: 'Ei kirjattu.',
    signatureRecord: 'Allekirjoitustiedot',
    signatureRecordLead: 'Kaikki vastaukset tähän versioon kaikilla allekirjoituskierroksilla, vanhin ensin.',
    round: 'Kierros',
    decision: { signed: 'Allekirjoitti', declined: 'Kieltäytyi', commented: 'Kommentoi' },
    remark: 'Perustelu tai kommentti',
    hash: 'Sisällön tunniste',
    noSignatures: 'Tähän versioon ei ole vielä vastattu.',
    agency: agencies.fi,
    page: (page, pages) => `Sivu ${page}/${pages}`,
  },
  sv: {
    title: 'Klientplan',
    version: (version, status) => `Version ${version}: ${status}`,
    status: { draft: 'utkast', signing: 'för underskrift', 'in-force': 'gäller', superseded: 'ersatt' },
    caseId: 'Ärendets beteckning',
    printedAt: 'Utskriven',
    contentHash: 'Innehållets kännetecken (SHA-256)',
    contentHashNote:
      'Kännetecknet räknas på planens hela innehåll (kanoniserat enligt RFC 8785). Varje underskrift gäller detta kännetecken.',
    signedContentHash: 'Undertecknat innehåll (SHA-256) före upphovspersonens rättelse',
    signedOffAt: 'I kraft',
    needs: 'Behov',
    goals: 'Mål',
    goalProfessional: 'Mål',
    goalChild: 'Med barnets egna ord',
    actions: 'Åtgärder',
    actionWhat: 'Vad görs',
    actionWho: 'Ansvarig',
    actionWhen: 'Tidsplan',
    hiddenActions: (count) => `Andra aktörers åtgärder som du inte kan se utan familjens samtycke: ${count}.`,
    services: 'Tjänster',
    participants: 'Deltagare',
    childView: 'Barnets åsikt',
    childViewHow: 'Hur den utreddes',
    disagreements: 'Avvikande åsikter',
    heldBy: 'Vems åsikt',
    reviewOn: 'Granskas senast',
    none: 'Inget antecknat.',
    signatureRecord: 'Underskrifter',
    signatureRecordLead: 'Alla svar på denna version i alla underskriftsomgångar, det äldsta först.',
    round: 'Omgång',
    decision: { signed: 'Undertecknade', declined: 'Avböjde', commented: 'Kommenterade' },
    remark: 'Motivering eller kommentar',
    hash: 'Innehållets kännetecken',
    noSignatures: 'Ingen har ännu svarat på denna version.',
    agency: agencies.sv,
    page: (page, pages) => `Sida ${page}/${pages}`,
  },
  en: {
    title: 'Client plan',
    version: (version, status) => `Version ${version}: ${status}`,
    status: { draft: 'draft', signing: 'out for signing', 'in-force': 'in force', superseded: 'superseded' },
    caseId: 'Case reference',
    printedAt: 'Printed',
    contentHash: 'Content fingerprint (SHA-256)',
    contentHashNote:
      'The fingerprint is taken of the plan’s whole content (canonicalised by RFC 8785). Every signature binds this fingerprint.',
    signedContentHash: 'Signed content (SHA-256) before its author’s correction',
    signedOffAt: 'In force from',
    needs: 'Needs',
    goals: 'Goals',
    goalProfessional: 'Goal',
    goalChild: 'In the child’s own words',
    actions: 'Actions',
    actionWhat: 'What is done',
    actionWho: 'Responsible',
    actionWhen: 'Schedule',
    hiddenActions: (count) => `Other agencies’ actions you cannot see without the family’s consent: ${count}.`,
    services: 'Services',
    participants: 'Participants',
    childView: 'The child’s view',
    childViewHow: 'How it was found out',
    disagreements: 'Disagreeing views',
    heldBy: 'Whose view',
    reviewOn: 'To be reviewed by',
    none: 'None recorded.',
    signatureRecord: 'Signature record',
    signatureRecordLead: 'Every answer to this version in every sign-off round, oldest first.',
    round: 'Round',
    decision: { signed: 'Signed', declined: 'Declined', commented: 'Commented' },
    remark: 'Reason or comment',
    hash: 'Content fingerprint',
    noSignatures: 'No one has answered this version yet.',
    agency: agencies.en,
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
};
