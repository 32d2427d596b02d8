import { Button, Heading } from 'suomifi-ui-components';
import { useId, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaCase, Deadline, Minutes, TeamMember } from '../api/case-coordination.types.js';
import { DeadlineLine } from '../deadlines/deadline-line.js';
import { AmendmentForm } from './amendment.form.js';
import { DecisionForm } from './decision.form.js';
import { AmendmentList, DecisionList, NoteList } from './minutes-entries.js';
import { NoteForm } from './note.form.js';
import { amendmentsOf } from './meeting.util.js';

/**
 * The one case the team is on, large enough for the wall: the child, the responsible worker, the
 * nearest deadline; hypotheses, reflections and decisions, each with its form while the minutes are
 * open; the amendments once they are finalised; and the way to the case before and after.
 */
export function AgendaCasePanel({
  minutes,
  item,
  count,
  deadline,
  members,
  headingRef,
  onStep,
  hasPrevious,
  hasNext,
}: {
  minutes: Minutes;
  item: AgendaCase;
  count: number;
  deadline: Deadline | undefined;
  members: readonly TeamMember[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  onStep: (step: -1 | 1) => void;
  hasPrevious: boolean;
  hasNext: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const caseId = item.caseId!;
  const open = minutes.status !== 'finalised';
  const amendments = amendmentsOf(minutes.amendments, caseId);
  const shown = item.hypotheses !== undefined && item.reflections !== undefined && item.decisions !== undefined;
  return (
    <section className="meeting-case" aria-labelledby={headingId}>
      <p className="meeting-case__position">{t('meeting.position', { position: item.position, count })}</p>
      <Heading variant="h2" id={headingId} ref={headingRef} tabIndex={-1} className="meeting-case__heading">
        {item.childName ?? t('meeting.child')}
      </Heading>
      {item.responsibleWorker?.displayName && (
        <p className="meeting-case__fact">{t('meeting.worker', { name: item.responsibleWorker.displayName })}</p>
      )}
      <div className="meeting-case__fact">
        {deadline ? <DeadlineLine deadline={deadline} /> : <span>{t('meeting.noDeadline')}</span>}
      </div>
      {!shown ? (
        <p className="meeting-case__fact">{t('meeting.notShown')}</p>
      ) : (
        <div className="meeting-case__parts">
          <MinutesPart title={t('meeting.hypotheses')}>
            <NoteList notes={item.hypotheses!} empty={t('meeting.empty.hypotheses')} />
            {open && <NoteForm key={`h-${caseId}`} meetingId={minutes.id} caseId={caseId} kind="hypotheses" members={members} />}
          </MinutesPart>
          <MinutesPart title={t('meeting.reflections')}>
            <NoteList notes={item.reflections!} empty={t('meeting.empty.reflections')} />
            {open && <NoteForm key={`r-${caseId}`} meetingId={minutes.id} caseId={caseId} kind="reflections" members={members} />}
          </MinutesPart>
          <MinutesPart title={t('meeting.decisions')} wide>
            <DecisionList decisions={item.decisions!} empty={t('meeting.empty.decisions')} />
            {open && (
              <DecisionForm
                key={`d-${caseId}`}
                meetingId={minutes.id}
                caseId={caseId}
                members={members}
                responsibleWorkerId={item.responsibleWorker?.userId}
              />
            )}
          </MinutesPart>
          {(!open || amendments.length > 0) && (
            <MinutesPart title={t('meeting.amendments')} wide>
              <AmendmentList amendments={amendments} />
              {!open && <AmendmentForm key={`a-${caseId}`} meetingId={minutes.id} caseId={caseId} />}
            </MinutesPart>
          )}
        </div>
      )}
      <div className="meeting-case__steps">
        <Button variant="secondary" disabled={!hasPrevious} onClick={() => onStep(-1)}>
          {t('meeting.previous')}
        </Button>
        <Button variant="secondary" disabled={!hasNext} onClick={() => onStep(1)}>
          {t('meeting.next')}
        </Button>
      </div>
    </section>
  );
}

function MinutesPart({ title, wide = false, children }: { title: string; wide?: boolean; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={wide ? 'meeting-part meeting-part--wide' : 'meeting-part'}>
      <Heading variant="h3" id={headingId} className="meeting-part__heading">
        {title}
      </Heading>
      {children}
    </section>
  );
}
