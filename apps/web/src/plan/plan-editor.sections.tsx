import {
  Button,
  Checkbox,
  CheckboxGroup,
  DateInput,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n.js';
import {
  actionAgencies,
  blankItem,
  fieldId,
  responsibleChoices,
  sourceDomains,
  withoutItem,
  type ActionAgency,
  type EditorErrors,
  type EditorForm,
  type EditorSection,
  type Responsible,
} from './plan-editor.util.js';

export interface SectionProps {
  form: EditorForm;
  setForm: (next: EditorForm) => void;
  errors: EditorErrors;
}

/** The design system's error look and text for a field with something to correct. */
export function useFieldError(errors: EditorErrors) {
  const { t } = useTranslation();
  return (path: string) => (errors[path] ? { status: 'error' as const, statusText: t(errors[path]) } : {});
}

type Items<S extends EditorSection> = EditorForm[S];

/** Changes one item of a section. */
function update<S extends EditorSection>(props: SectionProps, section: S, index: number, change: Partial<Items<S>[number]>) {
  const items = [...(props.form[section] as Array<Items<S>[number]>)];
  items[index] = { ...items[index]!, ...change };
  props.setForm({ ...props.form, [section]: items });
}

/** A section of the form: its heading, its items each in a fieldset named by its number, and a button to add one. */
function ItemSection<S extends EditorSection>({
  props,
  section,
  title,
  itemName,
  addText,
  render,
}: {
  props: SectionProps;
  section: S;
  title: string;
  itemName: string;
  addText: string;
  render: (item: Items<S>[number], index: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const items = props.form[section] as Array<Items<S>[number] & { id: string }>;
  return (
    <section className="plan-editor__section" aria-labelledby={`plan-${section}-heading`}>
      <Heading variant="h2" id={`plan-${section}-heading`} mb="s">
        {title}
      </Heading>
      {items.map((item, index) => {
        const name = `${itemName} ${index + 1}`;
        return (
          <fieldset key={item.id} className="plan-editor__item">
            <legend>{name}</legend>
            {render(item, index)}
            <Button variant="secondary" mt="xs" onClick={() => props.setForm(withoutItem(props.form, section, item.id))}>
              {t('planEditor.remove', { item: name })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        variant="secondary"
        mb="m"
        onClick={() =>
          props.setForm({ ...props.form, [section]: [...items, blankItem[section](props.form) as Items<S>[number]] })
        }
      >
        {addText}
      </Button>
    </section>
  );
}

export function NeedsSection(props: SectionProps) {
  const { t } = useTranslation();
  const errorOf = useFieldError(props.errors);
  return (
    <ItemSection
      props={props}
      section="needs"
      title={t('planEditor.needs')}
      itemName={t('planEditor.need')}
      addText={t('planEditor.addNeed')}
      render={(need, index) => (
        <>
          <Textarea
            id={fieldId(`needs.${index}.text`)}
            labelText={t('planEditor.needText')}
            value={need.text}
            onChange={(event) => update(props, 'needs', index, { text: event.target.value })}
            fullWidth
            {...errorOf(`needs.${index}.text`)}
          />
          <Paragraph className="plan-editor__source">
            {need.source
              ? t('planEditor.needSource', {
                  domains: sourceDomains(need.source.domains, (key) =>
                    t(`planEditor.needSourceDomain.${key}`, { defaultValue: key }),
                  ),
                  count: need.source.fromInvitations.length,
                })
              : t('planEditor.needWritten')}
          </Paragraph>
        </>
      )}
    />
  );
}

export function GoalsSection(props: SectionProps) {
  const { t } = useTranslation();
  const errorOf = useFieldError(props.errors);
  return (
    <ItemSection
      props={props}
      section="goals"
      title={t('planEditor.goals')}
      itemName={t('planEditor.goal')}
      addText={t('planEditor.addGoal')}
      render={(goal, index) => (
        <>
          <div className="plan-editor__side-by-side">
            <Textarea
              id={fieldId(`goals.${index}.professional`)}
              labelText={t('planEditor.goalProfessional')}
              value={goal.professional}
              onChange={(event) => update(props, 'goals', index, { professional: event.target.value })}
              fullWidth
              {...errorOf(`goals.${index}.professional`)}
            />
            <Textarea
              id={fieldId(`goals.${index}.childWords`)}
              labelText={t('planEditor.goalChild')}
              hintText={t('planEditor.goalChildHint')}
              optionalText={t('common.optional')}
              value={goal.childWords}
              onChange={(event) => update(props, 'goals', index, { childWords: event.target.value })}
              fullWidth
              {...errorOf(`goals.${index}.childWords`)}
            />
          </div>
          {props.form.needs.length > 0 && (
            <CheckboxGroup labelText={t('planEditor.goalNeeds')} optionalText={t('common.optional')} mt="xs">
              {props.form.needs.map((need, needIndex) => (
                <Checkbox
                  key={need.id}
                  id={`${fieldId(`goals.${index}.needs`)}-${need.id}`}
                  checked={goal.needIds.includes(need.id)}
                  onClick={({ checkboxState }) =>
                    update(props, 'goals', index, {
                      needIds: checkboxState ? [...goal.needIds, need.id] : goal.needIds.filter((id) => id !== need.id),
                    })
                  }
                >
                  {need.text.trim() || `${t('planEditor.need')} ${needIndex + 1}`}
                </Checkbox>
              ))}
            </CheckboxGroup>
          )}
        </>
      )}
    />
  );
}

export function ActionsSection(
  props: SectionProps & { team: readonly Responsible[]; statusOf: (actionId: string) => string | null },
) {
  const { t } = useTranslation();
  const errorOf = useFieldError(props.errors);
  return (
    <ItemSection
      props={props}
      section="actions"
      title={t('planEditor.actions')}
      itemName={t('planEditor.action')}
      addText={t('planEditor.addAction')}
      render={(action, index) => {
        const choices = responsibleChoices(props.team, action.agency, {
          userId: action.responsibleUserId,
          name: action.responsibleName,
        });
        const status = props.statusOf(action.id);
        return (
          <>
            <Textarea
              id={fieldId(`actions.${index}.what`)}
              labelText={t('planEditor.actionWhat')}
              value={action.what}
              onChange={(event) => update(props, 'actions', index, { what: event.target.value })}
              fullWidth
              {...errorOf(`actions.${index}.what`)}
            />
            <div className="form-row">
              <Dropdown<ActionAgency>
                id={fieldId(`actions.${index}.agency`)}
                labelText={t('planEditor.actionAgency')}
                visualPlaceholder={t('planEditor.choose')}
                value={action.agency === '' ? null : action.agency}
                onChange={(agency) =>
                  update(props, 'actions', index, {
                    agency,
                    ...(agency === action.agency ? {} : { responsibleUserId: '', responsibleName: '' }),
                  })
                }
                {...errorOf(`actions.${index}.agency`)}
              >
                {actionAgencies.map((agency) => (
                  <DropdownItem key={agency} value={agency}>
                    {t(`agency.${agency}`)}
                  </DropdownItem>
                ))}
              </Dropdown>
              <Dropdown
                id={fieldId(`actions.${index}.responsible`)}
                labelText={t('planEditor.actionResponsible')}
                hintText={t('planEditor.actionResponsibleHint')}
                visualPlaceholder={t('planEditor.choose')}
                value={action.responsibleUserId === '' ? null : action.responsibleUserId}
                disabled={choices.length === 0}
                onChange={(userId) =>
                  update(props, 'actions', index, {
                    responsibleUserId: userId,
                    responsibleName: choices.find((person) => person.userId === userId)?.name ?? '',
                  })
                }
                {...errorOf(`actions.${index}.responsible`)}
              >
                {choices.length === 0 ? (
                  // The design system's dropdown needs an item: none to choose until the agency has someone on the care team.
                  <DropdownItem value="" disabled>
                    {t('planEditor.noneToChoose')}
                  </DropdownItem>
                ) : (
                  choices.map((person) => (
                    <DropdownItem key={person.userId} value={person.userId}>
                      {person.name}
                    </DropdownItem>
                  ))
                )}
              </Dropdown>
            </div>
            <div className="form-row">
              <DateInput
                id={fieldId(`actions.${index}.start`)}
                labelText={t('planEditor.actionStart')}
                hintText={t('openCase.dateHint')}
                value={action.start}
                onChange={({ value }) => update(props, 'actions', index, { start: value })}
                language={currentLanguage()}
                {...errorOf(`actions.${index}.start`)}
              />
              <DateInput
                id={fieldId(`actions.${index}.due`)}
                labelText={t('planEditor.actionDue')}
                hintText={t('openCase.dateHint')}
                value={action.due}
                onChange={({ value }) => update(props, 'actions', index, { due: value })}
                language={currentLanguage()}
                {...errorOf(`actions.${index}.due`)}
              />
            </div>
            {props.form.goals.length > 0 && (
              <CheckboxGroup labelText={t('planEditor.actionGoals')} optionalText={t('common.optional')} mt="xs">
                {props.form.goals.map((goal, goalIndex) => (
                  <Checkbox
                    key={goal.id}
                    id={`${fieldId(`actions.${index}.goals`)}-${goal.id}`}
                    checked={action.goalIds.includes(goal.id)}
                    onClick={({ checkboxState }) =>
                      update(props, 'actions', index, {
                        goalIds: checkboxState ? [...action.goalIds, goal.id] : action.goalIds.filter((id) => id !== goal.id),
                      })
                    }
                  >
                    {goal.professional.trim() || `${t('planEditor.goal')} ${goalIndex + 1}`}
                  </Checkbox>
                ))}
              </CheckboxGroup>
            )}
            {status && (
              <Paragraph mt="xs">{t('planEditor.actionStatus', { status: t(`planAgency.statusOf.${status}`) })}</Paragraph>
            )}
          </>
        );
      }}
    />
  );
}

export function ServicesSection(props: SectionProps) {
  const { t } = useTranslation();
  const errorOf = useFieldError(props.errors);
  return (
    <ItemSection
      props={props}
      section="services"
      title={t('planEditor.services')}
      itemName={t('planEditor.service')}
      addText={t('planEditor.addService')}
      render={(service, index) => (
        <div className="form-row">
          <TextInput
            id={fieldId(`services.${index}.name`)}
            labelText={t('planEditor.serviceName')}
            value={service.name}
            onChange={(value) => update(props, 'services', index, { name: String(value ?? '') })}
            {...errorOf(`services.${index}.name`)}
          />
          <Dropdown<ActionAgency>
            id={fieldId(`services.${index}.agency`)}
            labelText={t('planEditor.serviceAgency')}
            visualPlaceholder={t('planEditor.choose')}
            value={service.agency === '' ? null : service.agency}
            onChange={(agency) => update(props, 'services', index, { agency })}
            {...errorOf(`services.${index}.agency`)}
          >
            {actionAgencies.map((agency) => (
              <DropdownItem key={agency} value={agency}>
                {t(`agency.${agency}`)}
              </DropdownItem>
            ))}
          </Dropdown>
        </div>
      )}
    />
  );
}

export function ParticipantsSection(props: SectionProps) {
  const { t } = useTranslation();
  const errorOf = useFieldError(props.errors);
  return (
    <ItemSection
      props={props}
      section="participants"
      title={t('planEditor.participants')}
      itemName={t('planEditor.participant')}
      addText={t('planEditor.addParticipant')}
      render={(participant, index) => (
        <div className="form-row">
          <TextInput
            id={fieldId(`participants.${index}.name`)}
            labelText={t('planEditor.participantName')}
            value={participant.name}
            onChange={(value) => update(props, 'participants', index, { name: String(value ?? '') })}
            {...errorOf(`participants.${index}.name`)}
          />
          <TextInput
            id={fieldId(`participants.${index}.part`)}
            labelText={t('planEditor.participantPart')}
            value={participant.part}
            onChange={(value) => update(props, 'participants', index, { part: String(value ?? '') })}
            {...errorOf(`participants.${index}.part`)}
          />
        </div>
      )}
    />
  );
}

export function ChildViewSection(props: SectionProps) {
  const { t } = useTranslation();
  const errorOf = useFieldError(props.errors);
  const set = (change: Partial<EditorForm['childView']>) =>
    props.setForm({ ...props.form, childView: { ...props.form.childView, ...change } });
  return (
    <section className="plan-editor__section" aria-labelledby="plan-childView-heading">
      <Heading variant="h2" id="plan-childView-heading" mb="s">
        {t('planEditor.childView')}
      </Heading>
      <Textarea
        id={fieldId('childView.howFoundOut')}
        labelText={t('planEditor.childViewHow')}
        optionalText={t('common.optional')}
        value={props.form.childView.howFoundOut}
        onChange={(event) => set({ howFoundOut: event.target.value })}
        fullWidth
        {...errorOf('childView.howFoundOut')}
      />
      <Textarea
        id={fieldId('childView.view')}
        labelText={t('planEditor.childViewWhat')}
        optionalText={t('common.optional')}
        value={props.form.childView.view}
        onChange={(event) => set({ view: event.target.value })}
        fullWidth
        className="plan-editor__spaced"
        {...errorOf('childView.view')}
      />
    </section>
  );
}

export function DisagreementsSection(props: SectionProps) {
  const { t } = useTranslation();
  const errorOf = useFieldError(props.errors);
  return (
    <ItemSection
      props={props}
      section="disagreements"
      title={t('planEditor.disagreements')}
      itemName={t('planEditor.disagreement')}
      addText={t('planEditor.addDisagreement')}
      render={(held, index) => (
        <>
          <div className="form-row">
            <TextInput
              id={fieldId(`disagreements.${index}.topic`)}
              labelText={t('planEditor.disagreementTopic')}
              value={held.topic}
              onChange={(value) => update(props, 'disagreements', index, { topic: String(value ?? '') })}
              {...errorOf(`disagreements.${index}.topic`)}
            />
            <TextInput
              id={fieldId(`disagreements.${index}.heldBy`)}
              labelText={t('planEditor.disagreementHeldBy')}
              value={held.heldBy}
              onChange={(value) => update(props, 'disagreements', index, { heldBy: String(value ?? '') })}
              {...errorOf(`disagreements.${index}.heldBy`)}
            />
          </div>
          <Textarea
            id={fieldId(`disagreements.${index}.view`)}
            labelText={t('planEditor.disagreementView')}
            value={held.view}
            onChange={(event) => update(props, 'disagreements', index, { view: event.target.value })}
            fullWidth
            {...errorOf(`disagreements.${index}.view`)}
          />
        </>
      )}
    />
  );
}
