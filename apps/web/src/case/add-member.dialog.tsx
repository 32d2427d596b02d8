import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  DateInput,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
  SpacingProvider,
  TextInput,
} from 'suomifi-ui-components';
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, caseApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';
import { currentLanguage } from '../i18n/i18n.js';
import type { Person } from '../people/person.types.js';
import { PersonSearch } from '../people/person-search.js';
import { FormErrorSummary } from '../shared/form-error-summary.js';
import { formMargins } from '../shared/form-spacing.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { helsinkiNowForForm } from '../time/helsinki-time.util.js';
import {
  addMemberErrorsFromProblem,
  addMemberFields,
  emptyAddMemberForm,
  toAddMemberCommand,
  type AddCareTeamMemberCommand,
  type AddMemberErrors,
  type AddMemberForm,
} from './add-member.form.util.js';

/** The element the design system's dialogs hide from assistive technology while open (index.html). */
const appElementId = 'root';

const inputIds: Record<(typeof addMemberFields)[number], string> = {
  person: 'add-member-person',
  roleInCase: 'add-member-role',
  since: 'add-member-since',
  until: 'add-member-until',
};
const labels: Record<(typeof addMemberFields)[number], string> = {
  person: 'addMember.person',
  roleInCase: 'addMember.roleInCase',
  since: 'addMember.since',
  until: 'addMember.until',
};

/**
 * Adds a professional to the child's care team, in the system's dialog: find them by name, say what
 * they do in this case and from when. Errors are shown beside their fields and listed at the top;
 * the care team's list updates, and focus returns to the button that opened the dialog.
 */
export function AddMemberButton({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = () => helsinkiNowForForm(new Date()).date;
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<AddMemberForm>(() => emptyAddMemberForm(today()));
  const [errors, setErrors] = useState<AddMemberErrors>({});
  const opener = useRef<HTMLButtonElement>(null) as RefObject<HTMLButtonElement>; // the design system types refs before React 19's nullable ones
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  /** A field corrected is no longer marked: its error goes with the change. */
  const settle = (...fields: (keyof AddMemberErrors)[]) =>
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([field]) => !fields.includes(field as keyof AddMemberErrors))),
    );
  const set = <K extends keyof AddMemberForm>(key: K, value: AddMemberForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    settle(key);
  };

  const showErrors = (found: AddMemberErrors) => {
    setErrors(found);
    requestAnimationFrame(() => summaryHeading.current?.focus());
  };
  const add = useMutation({
    mutationFn: (command: AddCareTeamMemberCommand) =>
      answer(caseApi.POST('/cases/{caseId}/care-team', { params: { path: { caseId } }, body: command })),
    onSuccess: () => {
      close();
      void queryClient.invalidateQueries({ queryKey: queryKeys.case(caseId) });
    },
    onError: (error) => {
      const tied = addMemberErrorsFromProblem(error);
      if (tied) showErrors(tied);
    },
  });
  const refusedElsewhere = add.isError && addMemberErrorsFromProblem(add.error) === null;

  function close() {
    setOpen(false);
    setForm(emptyAddMemberForm(today()));
    setErrors({});
    add.reset();
  }
  function submit() {
    const result = toAddMemberCommand(form);
    if ('errors' in result) return showErrors(result.errors);
    setErrors({});
    add.mutate(result.command);
  }
  /** Picking someone suggests their role as what they do in the case, unless something else is written already. */
  function choose(person: Person | null) {
    if (person) settle('person', 'roleInCase');
    setForm((current) => {
      const suggested = (someone: Person | null) => (someone?.roles[0] ? t(`role.${someone.roles[0]}`) : '');
      const untouched = current.roleInCase === '' || current.roleInCase === suggested(current.person);
      return { ...current, person, roleInCase: untouched ? suggested(person) : current.roleInCase };
    });
  }
  const errorOf = (field: keyof AddMemberErrors) =>
    errors[field] ? { status: 'error' as const, statusText: t(errors[field]) } : {};

  return (
    <>
      <Button variant="secondary" forwardedRef={opener} onClick={() => setOpen(true)} mb="s">
        {t('addMember.open')}
      </Button>
      <Modal
        visible={open}
        appElementId={appElementId}
        onEscKeyDown={close}
        focusOnCloseRef={opener}
        ariaLabelledBy="add-member-title"
      >
        <ModalContent>
          <ModalTitle id="add-member-title">{t('addMember.title')}</ModalTitle>
          <Paragraph mb="m">{t('addMember.lead')}</Paragraph>
          <FormErrorSummary
            fields={addMemberFields}
            errors={errors}
            labels={labels}
            inputIds={inputIds}
            headingText={t('addMember.errorSummary')}
            headingRef={summaryHeading}
            headingVariant="h3"
          />
          {refusedElsewhere && <ProblemNotice error={add.error} />}
          <SpacingProvider margins={formMargins}>
            <PersonSearch
              id={inputIds.person}
              labelText={t('addMember.person')}
              chosen={form.person}
              onChoose={choose}
              error={errors.person}
            />
            <TextInput
              id={inputIds.roleInCase}
              labelText={t('addMember.roleInCase')}
              hintText={t('addMember.roleHint')}
              autoComplete="off"
              value={form.roleInCase}
              onChange={(value) => set('roleInCase', String(value ?? ''))}
              {...errorOf('roleInCase')}
            />
            <div className="form-row">
              <DateInput
                id={inputIds.since}
                labelText={t('addMember.since')}
                hintText={t('addMember.dateHint')}
                value={form.since}
                onChange={({ value }) => set('since', value)}
                language={currentLanguage()}
                {...errorOf('since')}
              />
              <DateInput
                id={inputIds.until}
                labelText={t('addMember.until')}
                optionalText={t('common.optional')}
                hintText={t('addMember.dateHint')}
                value={form.until}
                onChange={({ value }) => set('until', value)}
                language={currentLanguage()}
                {...errorOf('until')}
              />
            </div>
          </SpacingProvider>
        </ModalContent>
        <ModalFooter>
          {add.isPending ? (
            <Button loading ariaLoadingText={t('addMember.adding')}>
              {t('addMember.confirm')}
            </Button>
          ) : (
            <Button onClick={submit}>{t('addMember.confirm')}</Button>
          )}
          <Button variant="secondary" onClick={close}>
            {t('addMember.cancel')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
}
