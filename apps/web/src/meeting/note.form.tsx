import { Button, Dropdown, DropdownItem, Textarea } from 'suomifi-ui-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../api/case-coordination.types.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { useRecordNote } from './meeting.queries.js';
import { toNoteCommand, type NoteKind } from './meeting.util.js';

/**
 * A hypothesis or reflection typed live: the text and who said it (the writer unless another member is
 * chosen: the family therapist's reflection typed by the coordinator is the therapist's). After saving,
 * the field is empty and keeps the focus for the next one, and a status line says it was added.
 */
export function NoteForm({
  meetingId,
  caseId,
  kind,
  members,
}: {
  meetingId: string;
  caseId: string;
  kind: NoteKind;
  members: readonly TeamMember[];
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const record = useRecordNote(meetingId, caseId, kind);
  const [text, setText] = useState('');
  const [saidBy, setSaidBy] = useState(me.userId);
  const [status, setStatus] = useState('');
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = `${kind}-${caseId}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const command = toNoteCommand(text, saidBy, me.userId);
    if (!command) {
      setMissing(true);
      field.current?.focus();
      return;
    }
    setMissing(false);
    setStatus('');
    record.mutate(command, {
      onSuccess: () => {
        setText('');
        setSaidBy(me.userId);
        setStatus(t(`meeting.added.${kind}`));
        field.current?.focus();
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="meeting-form">
      {record.isError && <ProblemNotice error={record.error} />}
      <Textarea
        id={`${id}-text`}
        ref={field}
        labelText={t(`meeting.newNote.${kind}`)}
        value={text}
        onChange={(event) => setText(event.target.value)}
        fullWidth
        {...(missing ? { status: 'error' as const, statusText: t('meeting.required') } : {})}
      />
      <div className="meeting-form__row">
        <Dropdown<string> id={`${id}-speaker`} labelText={t('meeting.speaker')} value={saidBy} onChange={setSaidBy}>
          {members.map((member) => (
            <DropdownItem key={member.userId} value={member.userId}>
              {t('meeting.saidBy', { name: member.displayName, role: t(`teamRole.${member.teamRole}`) })}
            </DropdownItem>
          ))}
        </Dropdown>
        {record.isPending ? (
          <Button loading ariaLoadingText={t('meeting.saving')}>
            {t(`meeting.addNote.${kind}`)}
          </Button>
        ) : (
          <Button type="submit">{t(`meeting.addNote.${kind}`)}</Button>
        )}
      </div>
      <p className="meeting-form__status" role="status">
        {status}
      </p>
    </form>
  );
}
