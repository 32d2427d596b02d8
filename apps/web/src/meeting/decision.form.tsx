import { Button, DateInput, Dropdown, DropdownItem, Textarea } from 'suomifi-ui-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../api/case-coordination.types.js';
import { currentLanguage } from '../i18n/i18n.js';
import { FormErrorSummary } from '../shared/form-error-summary.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { useRecordDecision } from './meeting.queries.js';
import { decisionFormFields, toDecisionCommand, type DecisionForm, type DecisionFormErrors } from './meeting.util.js';

const labels = { text: 'meeting.decisionText', ownerId: 'meeting.owner', dueOn: 'meeting.dueOn' } as const;

/** A decision and the task it becomes: who carries it out (someone on the team; the case's worker offered) and by when. */
export function DecisionForm({
  meetingId,
  caseId,
  members,
  responsibleWorkerId,
}: {
  meetingId: string;
  caseId: string;
  members: readonly TeamMember[];
  responsibleWorkerId: string | undefined;
}) {
  const { t } = useTranslation();
  const record = useRecordDecision(meetingId, caseId);
  const offeredOwner = members.some((member) => member.userId === responsibleWorkerId) ? responsibleWorkerId! : '';
  const empty: DecisionForm = { text: '', ownerId: offeredOwner, dueOn: '' };
  const [form, setForm] = useState<DecisionForm>(empty);
  const [errors, setErrors] = useState<DecisionFormErrors>({});
  const [status, setStatus] = useState('');
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = `decision-${caseId}`;
  const inputIds = { text: `${id}-text`, ownerId: `${id}-owner_button`, dueOn: `${id}-due` };
  const set = <K extends keyof DecisionForm>(key: K, value: DecisionForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const errorOf = (key: keyof DecisionFormErrors) =>
    errors[key] ? { status: 'error' as const, statusText: t(errors[key]) } : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = toDecisionCommand(form);
    if ('errors' in result) {
      setErrors(result.errors);
      requestAnimationFrame(() => summaryHeading.current?.focus());
      return;
    }
    setErrors({});
    setStatus('');
    record.mutate(result.command, {
      onSuccess: (decision) => {
        setForm(empty);
        setStatus(t('meeting.decisionAdded', { name: decision.task?.owner.displayName ?? '' }));
        field.current?.focus();
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="meeting-form">
      <FormErrorSummary
        fields={decisionFormFields}
        errors={errors}
        labels={labels}
        inputIds={inputIds}
        headingText={t('meeting.errorSummary')}
        headingRef={summaryHeading}
        headingVariant="h4"
      />
      {record.isError && <ProblemNotice error={record.error} />}
      <Textarea
        id={inputIds.text}
        ref={field}
        labelText={t(labels.text)}
        value={form.text}
        onChange={(event) => set('text', event.target.value)}
        fullWidth
        {...errorOf('text')}
      />
      <div className="meeting-form__row">
        <Dropdown<string>
          id={`${id}-owner`}
          labelText={t(labels.ownerId)}
          visualPlaceholder={t('meeting.choose')}
          value={form.ownerId === '' ? null : form.ownerId}
          onChange={(value) => set('ownerId', value)}
          {...errorOf('ownerId')}
        >
          {members.map((member) => (
            <DropdownItem key={member.userId} value={member.userId}>
              {t('meeting.saidBy', { name: member.displayName, role: t(`teamRole.${member.teamRole}`) })}
            </DropdownItem>
          ))}
        </Dropdown>
        <DateInput
          id={inputIds.dueOn}
          labelText={t(labels.dueOn)}
          hintText={t('meeting.dueHint')}
          value={form.dueOn}
          onChange={({ value }) => set('dueOn', value)}
          language={currentLanguage()}
          className="meeting-form__date"
          {...errorOf('dueOn')}
        />
        {record.isPending ? (
          <Button loading ariaLoadingText={t('meeting.saving')}>
            {t('meeting.addDecision')}
          </Button>
        ) : (
          <Button type="submit">{t('meeting.addDecision')}</Button>
        )}
      </div>
      <p className="meeting-form__status" role="status">
        {status}
      </p>
    </form>
  );
}
