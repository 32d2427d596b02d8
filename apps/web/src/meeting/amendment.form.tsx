import { Button, Textarea } from 'suomifi-ui-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../shared/problem-notice.js';
import { useAmend } from './meeting.queries.js';

/** After finalising, the one way to change the minutes of the case in focus: an amendment, shown as one beside them. */
export function AmendmentForm({ meetingId, caseId }: { meetingId: string; caseId: string }) {
  const { t } = useTranslation();
  const amend = useAmend(meetingId);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [status, setStatus] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') {
      setMissing(true);
      field.current?.focus();
      return;
    }
    setMissing(false);
    setStatus('');
    amend.mutate(
      { text: text.trim(), caseIds: [caseId] },
      {
        onSuccess: () => {
          setText('');
          setStatus(t('meeting.amendmentAdded'));
          field.current?.focus();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="meeting-form">
      {amend.isError && <ProblemNotice error={amend.error} />}
      <Textarea
        id={`amendment-${caseId}`}
        ref={field}
        labelText={t('meeting.newAmendment')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        fullWidth
        {...(missing ? { status: 'error' as const, statusText: t('meeting.required') } : {})}
      />
      <div className="meeting-form__row">
        {amend.isPending ? (
          <Button loading ariaLoadingText={t('meeting.saving')}>
            {t('meeting.addAmendment')}
          </Button>
        ) : (
          <Button type="submit">{t('meeting.addAmendment')}</Button>
        )}
      </div>
      <p className="meeting-form__status" role="status">
        {status}
      </p>
    </form>
  );
}
