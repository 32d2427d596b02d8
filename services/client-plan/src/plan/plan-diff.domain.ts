import { canonicalJson, type CanonicalValue } from '@yhdessa/audit';
import type { PlanContent } from '../plan-record/plan-content.schema.js';

export const planSections = [
  'needs',
  'goals',
  'actions',
  'services',
  'participants',
  'childView',
  'disagreements',
  'reviewOn',
] as const;
export type PlanSection = (typeof planSections)[number];

/** One difference, as a person reads it: what was added, removed, reworded (a text) or changed (anything else). */
export interface PlanDifference {
  section: PlanSection;
  /** The item's id in its section; null for the child's view and the review date, and a participant's name for a participant. */
  itemId: string | null;
  change: 'added' | 'removed' | 'reworded' | 'changed';
  /** The field that changed, for a reworded or changed item. */
  field: string | null;
  before: string | null;
  after: string | null;
}

/** The fields of each section that hold words; a change to another field is a change, not a rewording. */
export const wordingFields: Readonly<Record<string, readonly string[]>> = {
  needs: ['text'],
  goals: ['professional', 'childWords'],
  actions: ['what'],
  services: ['name'],
  participants: ['part'],
  childView: ['howFoundOut', 'view'],
  disagreements: ['topic', 'view', 'heldBy'],
};

type Item = Record<string, unknown> & { id: string };

/** The order fields are told in, the words first, whatever order the stored content has its members in. */
const fieldOrder = [
  'text',
  'professional',
  'childWords',
  'what',
  'name',
  'topic',
  'view',
  'heldBy',
  'howFoundOut',
  'part',
  'agency',
  'responsible',
  'start',
  'due',
  'needIds',
  'goalIds',
  'source',
];
const byFieldOrder = (a: string, b: string) => {
  const [ia, ib] = [fieldOrder.indexOf(a), fieldOrder.indexOf(b)].map((index) => (index === -1 ? fieldOrder.length : index)) as [
    number,
    number,
  ];
  return ia - ib || (a < b ? -1 : a > b ? 1 : 0);
};
type KeyedSection = 'needs' | 'goals' | 'actions' | 'services' | 'disagreements';

const shown = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item) => shown(item)).join(', ');
  if (typeof value === 'object') {
    const named = value as { name?: unknown };
    return typeof named.name === 'string' ? named.name : canonicalJson(value as CanonicalValue);
  }
  return String(value);
};

/** Equal as JSON, whatever order their members are in (a content read back from jsonb has its keys reordered). */
const same = (a: unknown, b: unknown) =>
  canonicalJson((a ?? null) as CanonicalValue) === canonicalJson((b ?? null) as CanonicalValue);

/** A one-line summary of an item added or removed: its words. */
function summary(section: PlanSection, item: Record<string, unknown>): string | null {
  const field = wordingFields[section]?.[0];
  return field ? shown(item[field]) : shown(item);
}

function fieldChanges(
  section: PlanSection,
  itemId: string | null,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): PlanDifference[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => field !== 'id')
    .sort(byFieldOrder);
  return fields
    .filter((field) => !same(before[field], after[field]))
    .map((field) => ({
      section,
      itemId,
      change: wordingFields[section]?.includes(field) && before[field] != null && after[field] != null ? 'reworded' : 'changed',
      field,
      before: shown(before[field]),
      after: shown(after[field]),
    }));
}

/**
 * What changed between two contents of a plan, section by section in the plan's order, items matched
 * by their ids (participants by name): the added, the removed, the reworded texts and the other changes.
 */
export function diffPlanContents(from: PlanContent, to: PlanContent): PlanDifference[] {
  const differences: PlanDifference[] = [];
  for (const section of planSections) {
    if (section === 'childView') {
      if (from.childView === null && to.childView !== null)
        differences.push({ section, itemId: null, change: 'added', field: null, before: null, after: to.childView.view });
      else if (from.childView !== null && to.childView === null)
        differences.push({ section, itemId: null, change: 'removed', field: null, before: from.childView.view, after: null });
      else if (from.childView && to.childView) differences.push(...fieldChanges(section, null, from.childView, to.childView));
      continue;
    }
    if (section === 'reviewOn') {
      if (from.reviewOn !== to.reviewOn)
        differences.push({ section, itemId: null, change: 'changed', field: null, before: from.reviewOn, after: to.reviewOn });
      continue;
    }
    const idOf = (item: Record<string, unknown>) => (section === 'participants' ? String(item.name) : String(item.id));
    const before = (section === 'participants' ? from.participants : from[section as KeyedSection]) as Item[];
    const after = (section === 'participants' ? to.participants : to[section as KeyedSection]) as Item[];
    const afterById = new Map(after.map((item) => [idOf(item), item]));
    const beforeById = new Map(before.map((item) => [idOf(item), item]));
    for (const item of before) {
      const id = idOf(item);
      const now = afterById.get(id);
      if (!now)
        differences.push({ section, itemId: id, change: 'removed', field: null, before: summary(section, item), after: null });
      else differences.push(...fieldChanges(section, id, item, now));
    }
    for (const item of after) {
      const id = idOf(item);
      if (!beforeById.has(id))
        differences.push({ section, itemId: id, change: 'added', field: null, before: null, after: summary(section, item) });
    }
  }
  return differences;
}
