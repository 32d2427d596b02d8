import { formatDate, formatDateTime } from '../time/finnish-format.util.js';

/** An entry's details as case-coordination sends them (TimelineEntry.details). */
export type TimelineDetails = Record<string, string | number | boolean>;

/** The words an entry's details are said in: the key of the sentence, its values, and whether to add the caseload sentence. */
export interface TimelineDetailWords {
  key: string;
  values: Record<string, string | number>;
  overLimit: boolean;
}

type Translate = (key: string) => string;

/** How each detail is shown: a code by its word, a date in Finnish form; names and numbers as they are. */
const shownAs: Record<string, (value: string, t: Translate) => string> = {
  origin: (value, t) => t(`origin.${value}`),
  agency: (value, t) => t(`agency.${value}`),
  toAgency: (value, t) => t(`agency.${value}`),
  participantKind: (value, t) => t(`participantKind.${value}`),
  informationClass: (value, t) => t(`informationClass.${value}`),
  givenBy: (value, t) => t(`consentGiver.${value}`),
  withdrawnBy: (value, t) => t(`consentGiver.${value}`),
  deadline: (value, t) => t(`deadline.kind.${value}`),
  assessmentKind: (value, t) => t(`timelineDetail.assessmentKind.${value}`),
  status: (value, t) => t(`timelineDetail.actionStatus.${value}`),
  dueOn: (value) => formatDate(value),
  due: (value) => formatDate(value),
  validUntil: (value) => formatDate(value),
  heldOn: (value) => formatDate(value),
  expiresAt: (value) => formatDate(value),
  consultationType: (value, t) => t(`timelineDetail.consultationType.${value}`),
  outcome: (value, t) => t(`timelineDetail.consultationOutcome.${value}`),
  by: (value, t) => t(`timelineDetail.changedBy.${value}`),
  ground: (value, t) => t(`timelineDetail.namingGround.${value}`),
  startsAt: (value) => formatDateTime(value),
  previousStartsAt: (value) => formatDateTime(value),
};

/** Which of an event's sentences its details pick, for the events that have more than one. */
const variants: Record<string, (details: TimelineDetails) => string> = {
  CareTeamMemberAdded: (details) => (details.name === undefined ? 'family' : 'professional'),
  ServiceNeedsAssessmentDecided: (details) => String(details.decision),
  AssessmentContributionSubmitted: (details) => (details.withChild ? 'withChild' : 'plain'),
  PlanDraftStarted: (details) => String(details.from),
  PlanRevisionSaved: (details) => (details.substantive ? 'substantive' : 'minor'),
  PlanVersionSigned: (details) => String(details.decision),
  ConsultationCancelled: (details) => String(details.state),
};

/**
 * The sentence that words an entry's details in the reader's language, or null when there is none to
 * say: no details (an entry from before them, whose English summary is shown instead), details with
 * nothing in them, or an event without words yet (`has` says which keys exist).
 */
export function timelineDetailWords(
  event: string,
  details: TimelineDetails | null,
  t: Translate,
  has: (key: string) => boolean,
): TimelineDetailWords | null {
  if (details === null || Object.keys(details).length === 0) return null;
  const name = event.replace(/\.v\d+$/, '');
  const variant = variants[name];
  const key = `timelineDetail.${name}${variant ? `.${variant(details)}` : ''}`;
  if (!has(key)) return null;
  const values = Object.fromEntries(
    Object.entries(details)
      .filter((entry): entry is [string, string | number] => typeof entry[1] !== 'boolean')
      .map(([field, value]) => [field, typeof value === 'string' && shownAs[field] ? shownAs[field](value, t) : value]),
  );
  return { key, values, overLimit: details.overLimit === true };
}
