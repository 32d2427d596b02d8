import { useTranslation } from 'react-i18next';
import type { MinutesAmendment, MinutesDecision, MinutesNote } from '../api/case-coordination.types.js';
import { EmptyState } from '../shared/empty-state.js';
import { formatDate, formatDateTime } from '../time/finnish-format.util.js';

/** Hypotheses or reflections, each with who said it; an entry changed before finalising says so. */
export function NoteList({ notes, empty }: { notes: readonly MinutesNote[]; empty: string }) {
  const { t } = useTranslation();
  if (notes.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="meeting-entries">
      {notes.map((note) => (
        <li key={note.id} className="meeting-entry">
          <p className="meeting-entry__text">{note.text}</p>
          <p className="meeting-entry__by">
            {t('meeting.saidBy', { name: note.author.displayName, role: t(`teamRole.${note.author.teamRole}`) })}
            {note.editedAt && ` ${t('meeting.edited', { date: formatDateTime(note.editedAt) })}`}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Decisions, each with the task it became: who carries it out, by when. */
export function DecisionList({ decisions, empty }: { decisions: readonly MinutesDecision[]; empty: string }) {
  const { t } = useTranslation();
  if (decisions.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="meeting-entries">
      {decisions.map((decision) => (
        <li key={decision.id} className="meeting-entry">
          <p className="meeting-entry__text">{decision.text}</p>
          {decision.task && (
            <p className="meeting-entry__by">
              {t('meeting.task', { name: decision.task.owner.displayName, date: formatDate(decision.task.dueOn) })}
            </p>
          )}
          {decision.editedAt && (
            <p className="meeting-entry__by">{t('meeting.edited', { date: formatDateTime(decision.editedAt) })}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Amendments to finalised minutes, marked as amendments with when and by whom: never a silent edit. */
export function AmendmentList({ amendments }: { amendments: readonly MinutesAmendment[] }) {
  const { t } = useTranslation();
  if (amendments.length === 0) return <EmptyState>{t('meeting.amendmentsEmpty')}</EmptyState>;
  return (
    <ul className="meeting-entries">
      {amendments.map((amendment) => (
        <li key={amendment.id} className="meeting-entry meeting-entry--amendment">
          <p className="meeting-entry__label">
            {t('meeting.amendmentBy', {
              date: amendment.amendedAt ? formatDateTime(amendment.amendedAt) : '',
              name: amendment.author?.displayName ?? '',
              role: amendment.author?.teamRole ? t(`teamRole.${amendment.author.teamRole}`) : '',
            })}
          </p>
          <p className="meeting-entry__text">{amendment.text ?? t('common.notShown')}</p>
        </li>
      ))}
    </ul>
  );
}
