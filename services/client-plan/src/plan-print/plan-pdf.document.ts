import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { PlanVersionView } from '../plan-record/plan.view.js';
import { printWords, type PrintLanguage } from './plan-print.words.js';

const locales: Record<PrintLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A moment as Finnish wall-clock time in the reader's language (the signature record's "when"). */
export function printedMoment(iso: string, language: PrintLanguage): string {
  return new Intl.DateTimeFormat(locales[language], {
    timeZone: 'Europe/Helsinki',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** A calendar date (`2027-05-31`) in the reader's language. */
export function printedDate(date: string, language: PrintLanguage): string {
  return new Intl.DateTimeFormat(locales[language], { timeZone: 'UTC', dateStyle: 'short' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export interface PrintedPlan {
  caseId: string;
  version: PlanVersionView;
  printedAt: Date;
  language: PrintLanguage;
}

/**
 * The printed plan of one version as its reader may see it (the same visibility as on screen): the
 * version and its state, the SHA-256 of its whole canonical content, the content, and the signature
 * record — every answer of every round, who, when, which hash, declines with their reasons. Pure:
 * pdfmake's document definition, rendered elsewhere.
 */
export function planPdfDocument({ caseId, version, printedAt, language }: PrintedPlan): TDocumentDefinitions {
  const words = printWords[language];
  const { content } = version;
  const date = (value: string) => printedDate(value, language);
  const heading = (text: string): Content => ({ text, style: 'heading' });
  const list = (items: string[]): Content =>
    items.length ? { ul: items, margin: [0, 0, 0, 6] } : { text: words.none, italics: true };
  const table = (header: string[], rows: string[][], widths: (string | number)[]): Content =>
    rows.length
      ? {
          table: {
            headerRows: 1,
            widths,
            body: [header.map((text) => ({ text, bold: true })), ...rows],
          },
          layout: 'lightHorizontalLines',
          margin: [0, 0, 0, 6],
        }
      : { text: words.none, italics: true };

  const body: Content[] = [
    { text: words.title, style: 'title' },
    { text: words.version(version.version, words.status[version.status]), style: 'subtitle' },
    {
      columns: [
        { width: 'auto', text: `${words.caseId}:`, bold: true },
        { width: '*', text: caseId },
      ],
      columnGap: 6,
    },
    ...(version.signedOffAt
      ? [
          {
            columns: [
              { width: 'auto', text: `${words.signedOffAt}:`, bold: true },
              { width: '*', text: printedMoment(version.signedOffAt, language) },
            ],
            columnGap: 6,
          } as Content,
        ]
      : []),
    {
      columns: [
        { width: 'auto', text: `${words.printedAt}:`, bold: true },
        { width: '*', text: printedMoment(printedAt.toISOString(), language) },
      ],
      columnGap: 6,
    },
    { text: `${words.contentHash}:`, bold: true, margin: [0, 8, 0, 0] },
    { text: version.contentHash, style: 'hash' },
    ...(version.signedContentHash
      ? [
          { text: `${words.signedContentHash}:`, bold: true } as Content,
          { text: version.signedContentHash, style: 'hash' } as Content,
        ]
      : []),
    { text: words.contentHashNote, style: 'note' },

    heading(words.needs),
    list(content.needs.map((need) => need.text)),
    heading(words.goals),
    table(
      [words.goalProfessional, words.goalChild],
      content.goals.map((goal) => [goal.professional, goal.childWords ?? '—']),
      ['*', '*'],
    ),
    heading(words.actions),
    table(
      [words.actionWhat, words.actionWho, words.actionWhen],
      content.actions.map((action) => [
        action.what,
        `${action.responsible.name} (${words.agency[action.agency]})`,
        `${date(action.start)} – ${date(action.due)}`,
      ]),
      ['*', 'auto', 'auto'],
    ),
    ...(version.hiddenActions > 0 ? [{ text: words.hiddenActions(version.hiddenActions), style: 'note' } as Content] : []),
    heading(words.services),
    list(content.services.map((service) => `${service.name} (${words.agency[service.agency]})`)),
    heading(words.participants),
    list(content.participants.map((participant) => `${participant.name} (${participant.part})`)),
    heading(words.childView),
    content.childView
      ? {
          stack: [
            { text: content.childView.view },
            { text: `${words.childViewHow}: ${content.childView.howFoundOut}`, style: 'note' },
          ],
        }
      : { text: words.none, italics: true },
    heading(words.disagreements),
    table(
      [words.heldBy, words.disagreements],
      content.disagreements.map((disagreement) => [disagreement.heldBy, `${disagreement.topic}: ${disagreement.view}`]),
      ['auto', '*'],
    ),
    heading(words.reviewOn),
    { text: content.reviewOn ? date(content.reviewOn) : words.none },

    { text: words.signatureRecord, style: 'heading', pageBreak: 'before' },
    { text: words.signatureRecordLead, style: 'note' },
    version.signatureRecord.length
      ? {
          stack: version.signatureRecord.map((answer): Content => ({
            stack: [
              {
                text: [
                  { text: words.decision[answer.decision], bold: true },
                  `: ${answer.displayName} (${words.agency[answer.agency]}), ${printedMoment(answer.at, language)}, ${words.round.toLowerCase()} ${answer.round}`,
                ],
              },
              { text: `${words.hash}: ${answer.contentHash}`, style: 'hash' },
              ...(answer.remark ? [{ text: `${words.remark}: ${answer.remark}` } as Content] : []),
            ],
            margin: [0, 0, 0, 8],
            unbreakable: true,
          })),
        }
      : { text: words.noSignatures, italics: true },
  ];

  return {
    info: { title: `${words.title} – ${words.version(version.version, words.status[version.status])}` },
    language,
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    content: body,
    footer: (page, pages) => ({ text: words.page(page, pages), alignment: 'center', fontSize: 8, margin: [0, 16, 0, 0] }),
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 2] },
      subtitle: { fontSize: 13, margin: [0, 0, 0, 10] },
      heading: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] },
      hash: { fontSize: 9, margin: [0, 0, 0, 2] },
      note: { fontSize: 8.5, color: '#444444', margin: [0, 2, 0, 4] },
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
  };
}
