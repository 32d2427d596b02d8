import { Button, DateInput } from 'suomifi-ui-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, planApi } from '../api/api-client.js';
import { isApiProblem } from '../api/api-problem.js';
import { currentLanguage } from '../i18n/i18n.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { parseFinnishDate } from '../time/helsinki-time.util.js';
import { planKey } from './plan.queries.js';

/** The send for signing was refused because the plan does not know the child's age (a plan from an assessment). */
export const needsChildBirthDate = (error: unknown): boolean =>
  isApiProblem(error) && error.code === 'plan_child_birth_date_missing';

/**
 * The responsible social worker records the child's date of birth on the plan, then the version is
 * sent for signing again (`onRecorded`): the age rules decide whether the child signs or comments.
 */
export function ChildBirthDateForm({ caseId, onRecorded }: { caseId: string; onRecorded: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const record = useMutation({
    mutationFn: (childDateOfBirth: string) =>
      answer(planApi.PUT('/cases/{caseId}/plan/child-birth-date', { params: { path: { caseId } }, body: { childDateOfBirth } })),
    onSuccess: (plan) => {
      client.setQueryData(planKey(caseId), plan);
      onRecorded();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const date = parseFinnishDate(text);
    setInvalid(date === null);
    if (date !== null) record.mutate(date);
  };
  return (
    <form noValidate className="plan-child-birth-date" onSubmit={submit}>
      {record.isError && <ProblemNotice error={record.error} />}
      <DateInput
        id="plan-child-birth-date"
        labelText={t('plan.childBirthDate')}
        hintText={t('openCase.dateHint')}
        value={text}
        onChange={({ value }) => setText(value)}
        language={currentLanguage()}
        {...(invalid ? { status: 'error' as const, statusText: t('plan.childBirthDateInvalid') } : {})}
      />
      <Button type="submit" mt="s" disabled={record.isPending}>
        {t('plan.recordChildBirthDate')}
      </Button>
    </form>
  );
}
