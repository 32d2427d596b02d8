import { Heading, RouterLink } from 'suomifi-ui-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaCase, Deadline } from '../api/case-coordination.types.js';
import { DeadlineSentence } from '../deadlines/deadline-line.js';
import { EmptyState } from '../shared/empty-state.js';

/** This week's agenda in the service's order (nearest deadline first), each case a link that brings it into focus. */
export function AgendaNav({
  agenda,
  inFocus,
  deadlines,
}: {
  agenda: readonly AgendaCase[];
  inFocus: string | null;
  deadlines: ReadonlyMap<string, Deadline>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <nav aria-labelledby={headingId} className="meeting-agenda">
      <Heading variant="h2" id={headingId} className="meeting-agenda__heading">
        {t('meeting.agendaTitle')}
      </Heading>
      <p className="meeting-agenda__lead">{t('meeting.agendaLead')}</p>
      {agenda.length === 0 ? (
        <EmptyState>{t('meeting.agendaEmpty')}</EmptyState>
      ) : (
        <ol className="meeting-agenda__list">
          {agenda.map((item) => {
            const current = item.caseId === inFocus;
            const deadline = deadlines.get(item.caseId!);
            return (
              <li
                key={item.caseId}
                className={current ? 'meeting-agenda__item meeting-agenda__item--current' : 'meeting-agenda__item'}
              >
                <RouterLink
                  asComponent={Link}
                  to={`?case=${item.caseId}`}
                  replace
                  aria-current={current ? 'step' : undefined}
                  className="meeting-agenda__link"
                >
                  {t('meeting.agendaItem', { position: item.position, child: item.childName ?? t('meeting.child') })}
                </RouterLink>
                <span className="meeting-agenda__deadline">
                  {deadline ? <DeadlineSentence deadline={deadline} /> : t('meeting.noDeadline')}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
}
