import type { InformationClass } from '@yhdessa/contracts';
import { redact, seesField, type FieldTable } from './field-visibility.js';
import type { Sight } from './information-visibility.domain.js';

interface View {
  id: string;
  name: string;
  secret: string;
  notifier: string;
  nested: { open: string; closed: string };
  hidden: { closed: string };
  absent: { open: string } | null;
}

const table: FieldTable<View> = {
  id: 'reference',
  name: 'shared-plan',
  secret: 'child-protection',
  notifier: { class: 'child-protection', only: ['responsible-worker'] },
  nested: { open: 'shared-plan', closed: 'health' },
  hidden: { closed: 'health' },
  absent: { open: 'shared-plan' },
};
const view: View = {
  id: 'v1',
  name: 'Aino',
  secret: 's',
  notifier: 'n',
  nested: { open: 'o', closed: 'c' },
  hidden: { closed: 'c' },
  absent: null,
};
const sight = (audience: Sight['audience'], ...classes: InformationClass[]): Sight => ({ audience, classes: new Set(classes) });

describe('seesField', () => {
  it('shows a reference to anyone, even without a class', () => {
    expect(seesField('reference', sight(null))).toBe(true);
  });

  it('shows a narrowed field only to the named audiences that see its class', () => {
    const rule = { class: 'child-protection', only: ['responsible-worker'] } as const;
    expect(seesField(rule, sight('responsible-worker', 'child-protection'))).toBe(true);
    expect(seesField(rule, sight('systemic-team', 'child-protection'))).toBe(false);
    expect(seesField(rule, sight('responsible-worker', 'shared-plan'))).toBe(false);
  });
});

describe('redact', () => {
  it('serves everything to a reader who sees every class and is named', () => {
    expect(redact(view, table, sight('responsible-worker', 'child-protection', 'health', 'shared-plan'))).toEqual(view);
  });

  it('leaves fields out (not null) and drops a nested object all of whose fields are hidden', () => {
    expect(redact(view, table, sight('guardian', 'shared-plan'))).toEqual({
      id: 'v1',
      name: 'Aino',
      nested: { open: 'o' },
      absent: null,
    });
  });

  it('keeps a null nested object only for a reader who would see some of it', () => {
    expect(redact(view, table, sight(null))).toEqual({ id: 'v1' });
  });

  it('never serves a field the table does not name', () => {
    const extra = { ...view, leaked: 'notification content' };
    expect(redact(extra, table, sight('responsible-worker', 'child-protection', 'health', 'shared-plan'))).not.toHaveProperty(
      'leaked',
    );
  });
});
