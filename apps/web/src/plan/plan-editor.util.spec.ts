import { ApiProblem } from '../api/api-problem.js';
import {
  blankItem,
  fieldId,
  newItemId,
  responsibleChoices,
  saveRefusal,
  sourceDomains,
  toEditorForm,
  toPlanContent,
  withActionsShownNow,
  withoutItem,
  type PlanContent,
} from './plan-editor.util.js';
import { planEditorWords } from './plan-editor.words.js';

const content: PlanContent = {
  needs: [{ id: 'n1', text: 'Tuki koulussa', source: null }],
  goals: [{ id: 'g1', professional: 'Aino käy koulua', childWords: 'Haluan pysyä tällä luokalla', needIds: ['n1'] }],
  actions: [
    {
      id: 'a1',
      what: 'Tukiopetus',
      agency: 'school',
      responsible: { userId: 'anna', name: 'Anna Laine' },
      start: '2027-01-07',
      due: '2027-03-31',
      goalIds: ['g1'],
    },
  ],
  services: [{ id: 's1', name: 'Perhetyö', agency: 'child-protection' }],
  participants: [{ name: 'Aino', part: 'lapsi' }],
  childView: { howFoundOut: 'Tapaaminen', view: 'Haluaa jäädä luokalleen' },
  disagreements: [{ id: 'd1', topic: 'Illat', view: 'Liian myöhään ulkona', heldBy: 'koulu' }],
  reviewOn: '2027-06-30',
};

describe('the plan editor’s form', () => {
  it('turns a content into the form and back unchanged, dates in Finnish', () => {
    const form = toEditorForm(content);
    expect(form.actions[0]).toMatchObject({ start: '7.1.2027', due: '31.3.2027', responsibleName: 'Anna Laine' });
    expect(form.reviewOn).toBe('30.6.2027');
    expect(toPlanContent(form)).toEqual({ content });
  });

  it('names each field to correct by its place, and never sends a half-told child’s view', () => {
    const form = toEditorForm(content);
    form.goals[0]!.professional = '  ';
    form.actions[0]!.due = '1.1.2027';
    form.actions.push(blankItem.actions(form));
    form.childView.view = '';
    form.reviewOn = '31.2.2027';
    expect(toPlanContent(form)).toEqual({
      errors: {
        'goals.0.professional': 'planEditor.required',
        'actions.0.due': 'planEditor.dueBeforeStart',
        'actions.1.what': 'planEditor.required',
        'actions.1.agency': 'planEditor.required',
        'actions.1.responsible': 'planEditor.required',
        'actions.1.start': 'planEditor.required',
        'actions.1.due': 'planEditor.required',
        'childView.view': 'planEditor.required',
        reviewOn: 'planEditor.invalidDate',
      },
    });
  });

  it('leaves the child’s words and the review date out when empty', () => {
    const form = toEditorForm(content);
    form.goals[0]!.childWords = '';
    form.reviewOn = '';
    form.childView = { howFoundOut: '', view: '' };
    const result = toPlanContent(form);
    expect(result).toMatchObject({ content: { reviewOn: null, childView: null, goals: [{ childWords: null }] } });
  });

  it('gives a new item an id of its own and unlinks what referred to a removed one', () => {
    expect(newItemId('g', [{ id: 'g1' }, { id: 'g3' }])).toBe('g4');
    expect(newItemId('g', [{ id: 'g2' }])).toBe('g3');
    expect(newItemId('a', [{ id: 'a2' }], 2)).toBe('a4'); // numbered past the actions kept from the reader
    expect(blankItem.actions(toEditorForm(content, 2)).id).toBe('a4');
    const form = withoutItem(toEditorForm(content), 'goals', 'g1');
    expect(form.goals).toEqual([]);
    expect(form.actions[0]!.goalIds).toEqual([]);
    expect(withoutItem(toEditorForm(content), 'needs', 'n1').goals[0]!.needIds).toEqual([]);
    expect(fieldId('actions.0.due')).toBe('plan-actions-0-due');
  });

  it('ties the service’s refusals to the fields, and a newer revision to the conflict', () => {
    expect(saveRefusal(new ApiProblem(400, 'plan_review_date_invalid'))).toEqual({
      kind: 'fields',
      errors: { reviewOn: 'problem.plan_review_date_invalid' },
    });
    expect(saveRefusal(new ApiProblem(409, 'plan_revision_conflict'))).toEqual({ kind: 'conflict' });
    expect(
      saveRefusal(new ApiProblem(400, 'validation_failed', ['content.actions.0.responsible.name', 'content.goals.1.childWords'])),
    ).toEqual({
      kind: 'fields',
      errors: { 'actions.0.responsible': 'planEditor.notAccepted', 'goals.1.childWords': 'planEditor.notAccepted' },
    });
    expect(saveRefusal(new ApiProblem(409, 'plan_nothing_changed'))).toBeNull();
  });

  it('offers the professionals of the action’s agency, keeping whoever holds it now', () => {
    const team = [
      { userId: 'anna', name: 'Anna Laine', agency: 'school' },
      { userId: 'pekka', name: 'Pekka Nurmi', agency: 'psychiatry' },
    ];
    expect(responsibleChoices(team, 'school', { userId: '', name: '' }).map((member) => member.userId)).toEqual(['anna']);
    expect(responsibleChoices(team, 'school', { userId: 'ville', name: 'Ville' }).map((member) => member.userId)).toEqual([
      'ville',
      'anna',
    ]);
    expect(responsibleChoices(team, '', { userId: '', name: '' })).toEqual([]);
  });
});

describe('a need’s source in the assessment', () => {
  /** As the screens name a domain: its words, else its key (a region's own frame). */
  const titleIn = (language: 'fi' | 'sv' | 'en') => (key: string) =>
    (planEditorWords[language].planEditor.needSourceDomain as Record<string, string>)[key] ?? key;
  const defaultFrame = [
    'health',
    'learning-and-school',
    'relationships-and-family',
    'safety',
    'everyday-life-and-care',
    'leisure-and-friends',
    'feelings-and-behaviour',
    'own-wishes',
  ];

  it('names the default frame’s domains in words, never by their keys, in every language', () => {
    expect(sourceDomains(['leisure-and-friends', 'health'], titleIn('fi'))).toBe('vapaa-aika ja kaverit, terveys');
    expect(sourceDomains(['leisure-and-friends'], titleIn('sv'))).toBe('fritid och vänner');
    for (const language of ['fi', 'sv', 'en'] as const)
      expect(Object.keys(planEditorWords[language].planEditor.needSourceDomain).sort()).toEqual([...defaultFrame].sort());
  });

  it('keeps a region’s own domain by its key', () => {
    expect(sourceDomains(['health', 'harrastukset'], titleIn('fi'))).toBe('terveys, harrastukset');
  });
});

describe('the form when a consent changes which actions the reader sees', () => {
  const action = (id: string, agency: 'school' | 'psychiatry' | 'child-protection', what: string) => ({
    id,
    what,
    agency,
    responsible: { userId: `${id}-person`, name: 'Someone' },
    start: '2027-01-07',
    due: '2027-03-31',
    goalIds: [],
  });
  const school = action('a1', 'school', 'Tukiopetus');
  const psychiatry = action('a2', 'psychiatry', 'Sairaanhoitajan tapaaminen');
  const family = action('a3', 'child-protection', 'Perhetyö');

  it('takes out an action the reader may no longer see, keeping what was typed and added', () => {
    const form = toEditorForm({ ...content, actions: [school, psychiatry] });
    form.actions[0]!.what = 'Tukiopetus kolmesti viikossa';
    form.actions.push({ ...blankItem.actions(form), what: 'Uusi' });
    const now = withActionsShownNow(form, new Set(['a1', 'a2']), [school], 1);
    expect(now.actions.map((each) => [each.id, each.what])).toEqual([
      ['a1', 'Tukiopetus kolmesti viikossa'],
      ['a3', 'Uusi'],
    ]);
    expect(now.hiddenActions).toBe(1);
    expect(now.goals).toEqual(form.goals);
  });

  it('brings in an action the reader may now see, in the service’s order, and leaves out one they removed', () => {
    const form = toEditorForm({ ...content, actions: [school, family] }, 1);
    const removed = withoutItem(form, 'actions', 'a3');
    const now = withActionsShownNow(removed, new Set(['a1', 'a3']), [school, psychiatry, family], 0);
    expect(now.actions.map((each) => [each.id, each.what, each.start])).toEqual([
      ['a1', 'Tukiopetus', '7.1.2027'],
      ['a2', 'Sairaanhoitajan tapaaminen', '7.1.2027'],
    ]);
    expect(now.hiddenActions).toBe(0);
  });
});
