import { isApiProblem } from '../api/api-problem.js';
import type { components, paths } from '../api/client-plan.openapi.js';
import { parseFinnishDate } from '../time/helsinki-time.util.js';
import { formatDate } from '../time/finnish-format.util.js';

export type PlanContent = components['schemas']['PlanVersion']['content'];
export type SavePlanCommand = paths['/cases/{caseId}/plan/draft']['put']['requestBody']['content']['application/json'];
export type ActionAgency = PlanContent['actions'][number]['agency'];
type NeedSource = PlanContent['needs'][number]['source'];

export const actionAgencies: readonly ActionAgency[] = ['child-protection', 'psychiatry', 'school'];

/** A professional on the care team who may be responsible for an action. */
export interface Responsible {
  userId: string;
  name: string;
  agency: string;
}

/** The editor's form: the plan's content as typed, dates as the Finnish `30.11.2026`. */
export interface EditorForm {
  needs: Array<{ id: string; text: string; source: NeedSource }>;
  goals: Array<{ id: string; professional: string; childWords: string; needIds: string[] }>;
  actions: Array<{
    id: string;
    what: string;
    agency: ActionAgency | '';
    responsibleUserId: string;
    responsibleName: string;
    start: string;
    due: string;
    goalIds: string[];
  }>;
  services: Array<{ id: string; name: string; agency: ActionAgency | '' }>;
  participants: Array<{ id: string; name: string; part: string }>;
  childView: { howFoundOut: string; view: string };
  disagreements: Array<{ id: string; topic: string; view: string; heldBy: string }>;
  reviewOn: string;
  /** How many actions of the plan are kept from the reader: a new one is numbered past them, so its id is its own. */
  hiddenActions: number;
}

export type EditorSection = 'needs' | 'goals' | 'actions' | 'services' | 'participants' | 'disagreements';

/** A field's place in the form, as the content names it (`goals.0.professional`, `reviewOn`); also the input's id after `plan-`. */
export type FieldPath = string;
/** Each field to correct, by its path, as a translation key. */
export type EditorErrors = Record<FieldPath, string>;

export const fieldId = (path: FieldPath) => `plan-${path.replaceAll('.', '-')}`;

const dateText = (iso: string | null) => (iso ? formatDate(iso) : '');

export function toEditorForm(content: PlanContent, hiddenActions = 0): EditorForm {
  return {
    needs: content.needs.map((need) => ({ id: need.id, text: need.text, source: need.source })),
    goals: content.goals.map((goal) => ({
      id: goal.id,
      professional: goal.professional,
      childWords: goal.childWords ?? '',
      needIds: [...goal.needIds],
    })),
    actions: content.actions.map((action) => ({
      id: action.id,
      what: action.what,
      agency: action.agency,
      responsibleUserId: action.responsible.userId,
      responsibleName: action.responsible.name,
      start: dateText(action.start),
      due: dateText(action.due),
      goalIds: [...action.goalIds],
    })),
    services: content.services.map((service) => ({ id: service.id, name: service.name, agency: service.agency })),
    participants: content.participants.map((participant, index) => ({ id: `p${index + 1}`, ...participant })),
    childView: content.childView ? { ...content.childView } : { howFoundOut: '', view: '' },
    disagreements: content.disagreements.map((held) => ({ ...held })),
    reviewOn: dateText(content.reviewOn),
    hiddenActions,
  };
}

/**
 * The form once the service shows the same revision with other actions (a consent given or withdrawn):
 * an action the reader had from the service and may no longer see leaves the form, one they may now see
 * comes into it in the service's order, and what they typed into the others, or added, stays.
 * `hadFromService` are the ids of the actions the form was filled with.
 */
export function withActionsShownNow(
  form: EditorForm,
  hadFromService: ReadonlySet<string>,
  shownNow: PlanContent['actions'],
  hiddenNow: number,
): EditorForm {
  const typed = new Map(form.actions.map((action) => [action.id, action]));
  const fromService = toEditorForm({ ...emptyContent, actions: shownNow }).actions.flatMap((action) => {
    if (typed.has(action.id)) return [typed.get(action.id)!];
    return hadFromService.has(action.id) ? [] : [action]; // removed in the form stays removed
  });
  const shownIds = new Set(shownNow.map((action) => action.id));
  const added = form.actions.filter((action) => !shownIds.has(action.id) && !hadFromService.has(action.id));
  return { ...form, actions: [...fromService, ...added], hiddenActions: hiddenNow };
}

const emptyContent: PlanContent = {
  needs: [],
  goals: [],
  actions: [],
  services: [],
  participants: [],
  childView: null,
  disagreements: [],
  reviewOn: null,
};

/** An id for a new item of a section, unlike any the section has: `g3` after `g1` and `g2`. */
export function newItemId(prefix: string, taken: ReadonlyArray<{ id: string }>, unseen = 0): string {
  const ids = new Set(taken.map((item) => item.id));
  let number = taken.length + unseen + 1;
  while (ids.has(`${prefix}${number}`)) number += 1;
  return `${prefix}${number}`;
}

export const blankItem = {
  needs: (form: EditorForm) => ({ id: newItemId('n', form.needs), text: '', source: null }),
  goals: (form: EditorForm) => ({ id: newItemId('g', form.goals), professional: '', childWords: '', needIds: [] }),
  actions: (form: EditorForm) => ({
    id: newItemId('a', form.actions, form.hiddenActions),
    what: '',
    agency: '' as const,
    responsibleUserId: '',
    responsibleName: '',
    start: '',
    due: '',
    goalIds: [],
  }),
  services: (form: EditorForm) => ({ id: newItemId('s', form.services), name: '', agency: '' as const }),
  participants: (form: EditorForm) => ({ id: newItemId('p', form.participants), name: '', part: '' }),
  disagreements: (form: EditorForm) => ({ id: newItemId('d', form.disagreements), topic: '', view: '', heldBy: '' }),
} satisfies Record<EditorSection, (form: EditorForm) => unknown>;

/** A section without one item; the goals and actions that referred to a removed need or goal no longer do. */
export function withoutItem(form: EditorForm, section: EditorSection, id: string): EditorForm {
  const next = { ...form, [section]: (form[section] as Array<{ id: string }>).filter((item) => item.id !== id) };
  if (section === 'needs')
    next.goals = next.goals.map((goal) => ({ ...goal, needIds: goal.needIds.filter((need) => need !== id) }));
  if (section === 'goals')
    next.actions = next.actions.map((action) => ({ ...action, goalIds: action.goalIds.filter((goal) => goal !== id) }));
  return next;
}

/**
 * The content to save, or the fields to correct (translation keys), in the form's order. The service
 * judges what only it can: the review date's farthest day (its configured months), the references.
 */
export function toPlanContent(form: EditorForm): { content: PlanContent } | { errors: EditorErrors } {
  const errors: EditorErrors = {};
  const required = (path: FieldPath, value: string) => {
    if (value.trim() === '') errors[path] = 'planEditor.required';
    return value.trim();
  };
  const date = (path: FieldPath, value: string) => {
    if (value.trim() === '') {
      errors[path] = 'planEditor.required';
      return '';
    }
    const parsed = parseFinnishDate(value);
    if (!parsed) errors[path] = 'planEditor.invalidDate';
    return parsed ?? '';
  };
  const needs = form.needs.map((need, index) => ({
    id: need.id,
    text: required(`needs.${index}.text`, need.text),
    source: need.source,
  }));
  const goals = form.goals.map((goal, index) => ({
    id: goal.id,
    professional: required(`goals.${index}.professional`, goal.professional),
    childWords: goal.childWords.trim() === '' ? null : goal.childWords.trim(),
    needIds: goal.needIds,
  }));
  const actions = form.actions.map((action, index) => {
    const what = required(`actions.${index}.what`, action.what);
    if (action.agency === '') errors[`actions.${index}.agency`] = 'planEditor.required';
    if (action.responsibleUserId === '') errors[`actions.${index}.responsible`] = 'planEditor.required';
    const start = date(`actions.${index}.start`, action.start);
    const due = date(`actions.${index}.due`, action.due);
    if (start && due && due < start) errors[`actions.${index}.due`] = 'planEditor.dueBeforeStart';
    return {
      id: action.id,
      what,
      agency: action.agency as ActionAgency,
      responsible: { userId: action.responsibleUserId, name: action.responsibleName },
      start,
      due,
      goalIds: action.goalIds,
    };
  });
  const services = form.services.map((service, index) => {
    if (service.agency === '') errors[`services.${index}.agency`] = 'planEditor.required';
    return { id: service.id, name: required(`services.${index}.name`, service.name), agency: service.agency as ActionAgency };
  });
  const participants = form.participants.map((participant, index) => ({
    name: required(`participants.${index}.name`, participant.name),
    part: required(`participants.${index}.part`, participant.part),
  }));
  const { howFoundOut, view } = form.childView;
  const childViewGiven = howFoundOut.trim() !== '' || view.trim() !== '';
  const childView = childViewGiven
    ? { howFoundOut: required('childView.howFoundOut', howFoundOut), view: required('childView.view', view) }
    : null;
  const disagreements = form.disagreements.map((held, index) => ({
    id: held.id,
    topic: required(`disagreements.${index}.topic`, held.topic),
    view: required(`disagreements.${index}.view`, held.view),
    heldBy: required(`disagreements.${index}.heldBy`, held.heldBy),
  }));
  let reviewOn: string | null = null;
  if (form.reviewOn.trim() !== '') {
    reviewOn = parseFinnishDate(form.reviewOn);
    if (!reviewOn) errors.reviewOn = 'planEditor.invalidDate';
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { content: { needs, goals, actions, services, participants, childView, disagreements, reviewOn } };
}

/** What a refused save says about the form: fields to correct, a conflict with a newer revision, or something else (null). */
export type SaveRefusal = { kind: 'fields'; errors: EditorErrors } | { kind: 'conflict' } | null;

export function saveRefusal(error: unknown): SaveRefusal {
  if (!isApiProblem(error)) return null;
  if (error.code === 'plan_revision_conflict') return { kind: 'conflict' };
  if (error.code === 'plan_review_date_invalid')
    return { kind: 'fields', errors: { reviewOn: 'problem.plan_review_date_invalid' } };
  if (error.code === 'validation_failed' && error.fields.length > 0) {
    const errors: EditorErrors = {};
    for (const field of error.fields) {
      const path = field.replace(/^content\./, '').replace(/^actions\.(\d+)\.responsible\..*$/, 'actions.$1.responsible');
      errors[path] = 'planEditor.notAccepted';
    }
    return { kind: 'fields', errors };
  }
  return null;
}

/** The professionals of the care team who may be responsible for an action of an agency (whoever holds it now stays a choice). */
export function responsibleChoices(
  team: readonly Responsible[],
  agency: ActionAgency | '',
  current: { userId: string; name: string },
): Responsible[] {
  const choices = team.filter((member) => agency !== '' && member.agency === agency);
  if (current.userId !== '' && !choices.some((member) => member.userId === current.userId))
    return [{ userId: current.userId, name: current.name, agency }, ...choices];
  return choices;
}

const fieldLabels: Record<string, string> = {
  'needs.text': 'planEditor.needText',
  'goals.professional': 'planEditor.goalProfessional',
  'goals.childWords': 'planEditor.goalChild',
  'actions.what': 'planEditor.actionWhat',
  'actions.agency': 'planEditor.actionAgency',
  'actions.responsible': 'planEditor.actionResponsible',
  'actions.start': 'planEditor.actionStart',
  'actions.due': 'planEditor.actionDue',
  'services.name': 'planEditor.serviceName',
  'services.agency': 'planEditor.serviceAgency',
  'participants.name': 'planEditor.participantName',
  'participants.part': 'planEditor.participantPart',
  'disagreements.topic': 'planEditor.disagreementTopic',
  'disagreements.view': 'planEditor.disagreementView',
  'disagreements.heldBy': 'planEditor.disagreementHeldBy',
  'childView.howFoundOut': 'planEditor.childViewHow',
  'childView.view': 'planEditor.childViewWhat',
  reviewOn: 'planEditor.reviewOn',
};
const itemNames: Record<string, string> = {
  needs: 'planEditor.need',
  goals: 'planEditor.goal',
  actions: 'planEditor.action',
  services: 'planEditor.service',
  participants: 'planEditor.participant',
  disagreements: 'planEditor.disagreement',
};

/** How the error summary names a field: its label's key, and for an item's field the item's name and number ("Goal 2"). */
export function fieldLabel(path: FieldPath): { field: string; item?: { name: string; number: number } } {
  const [section, index, field] = path.split('.');
  if (field !== undefined && itemNames[section!] && /^\d+$/.test(index!))
    return {
      field: fieldLabels[`${section}.${field}`] ?? 'planEditor.title',
      item: { name: itemNames[section!]!, number: Number(index) + 1 },
    };
  return { field: fieldLabels[path] ?? 'planEditor.title' };
}

/**
 * The assessment domains a need came from, in the reader's words: `title` names a domain of the
 * default frame and gives a region's own domain back as its key.
 */
export function sourceDomains(domains: readonly string[], title: (key: string) => string): string {
  return domains.map(title).join(', ');
}
