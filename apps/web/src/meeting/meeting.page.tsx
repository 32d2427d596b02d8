import { Heading, InlineAlert, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isNotFound } from '../api/api-problem.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { LoadingState } from '../shared/loading-state.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate, formatDateTime } from '../time/finnish-format.util.js';
import { AgendaCasePanel } from './agenda-case.panel.js';
import { AgendaNav } from './agenda.nav.js';
import { FinaliseSection } from './finalise.section.js';
import { useMinutes, useTeam, useTeamDeadlines } from './meeting.queries.js';
import { caseInFocus, nearestOpenDeadlines, neighbourCase } from './meeting.util.js';
import './meeting.css';

/**
 * The systemic team meeting, made to be projected on the meeting room's wall: this week's agenda in
 * the service's order, one case at a time in focus in large type, hypotheses, reflections and
 * decisions typed live, and the coordinator's finalising; after it, amendments shown as amendments.
 * Everything by keyboard: moving to another case puts the focus on its name.
 */
export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  const me = useCurrentUser();
  const minutes = useMinutes(meetingId);
  const teamId = minutes.data?.teamId ?? '';
  const team = useTeam(teamId);
  const deadlines = useTeamDeadlines(teamId, teamId !== '');
  const [searchParams, setSearchParams] = useSearchParams();
  const caseHeading = useRef<HTMLHeadingElement>(null);
  const finalisedNotice = useRef<HTMLDivElement>(null);
  const [focusNotice, setFocusNotice] = useState(false);

  const agenda = useMemo(() => minutes.data?.agenda ?? [], [minutes.data]);
  const agendaCaseIds = useMemo(() => agenda.map((item) => item.caseId!), [agenda]);
  const inFocus = caseInFocus(agendaCaseIds, searchParams.get('case'));
  const nearest = useMemo(() => nearestOpenDeadlines(deadlines.data ?? []), [deadlines.data]);

  // A case brought into focus (from the agenda or by the steps) takes the keyboard focus on its name.
  const shownCase = useRef<string | null>(null);
  useEffect(() => {
    if (inFocus === null) return;
    if (shownCase.current !== null && shownCase.current !== inFocus) caseHeading.current?.focus();
    shownCase.current = inFocus;
  }, [inFocus]);
  useEffect(() => {
    if (focusNotice && minutes.data?.status === 'finalised') {
      finalisedNotice.current?.focus();
      setFocusNotice(false);
    }
  }, [focusNotice, minutes.data?.status]);

  const title = minutes.isSuccess
    ? team.isSuccess
      ? t('meeting.title', { team: team.data.name, date: formatDate(minutes.data.heldOn) })
      : t('meeting.titleFallback')
    : null;
  usePageTitle(title);
  if (minutes.isPending) return <LoadingState />;
  if (minutes.isError)
    return isNotFound(minutes.error) ? (
      <NotFoundPage />
    ) : (
      <ProblemNotice error={minutes.error} onRetry={() => void minutes.refetch()} />
    );

  const data = minutes.data;
  const members = team.data?.members ?? [];
  const coordinates = members.some((member) => member.userId === me.userId && member.teamRole === 'coordinator');
  const item = agenda.find((candidate) => candidate.caseId === inFocus);
  const step = (direction: -1 | 1) => {
    const next = inFocus ? neighbourCase(agendaCaseIds, inFocus, direction) : null;
    if (next) setSearchParams({ case: next }, { replace: true });
  };

  return (
    <div className="meeting-mode">
      <div className="meeting-mode__header">
        <Heading variant="h1" className="meeting-mode__title">
          {title}
        </Heading>
        <StaticChip className="meeting-mode__status">{t(`meeting.status.${data.status}`)}</StaticChip>
      </div>
      <Paragraph className="meeting-mode__help" mb="s">
        {t('meeting.keyboardHelp')}
      </Paragraph>
      {data.status === 'finalised' && (
        <InlineAlert status="neutral" ref={finalisedNotice} tabIndex={-1} className="meeting-mode__notice">
          {t('meeting.finalisedNotice', {
            date: data.finalisedAt ? formatDateTime(data.finalisedAt) : '',
            name: data.finalisedBy?.displayName ?? '',
          })}
        </InlineAlert>
      )}
      {team.isError && <ProblemNotice error={team.error} onRetry={() => void team.refetch()} />}
      <div className="meeting-mode__body">
        <AgendaNav agenda={agenda} inFocus={inFocus} deadlines={nearest} />
        <div className="meeting-mode__focus">
          {item && (
            <AgendaCasePanel
              minutes={data}
              item={item}
              count={agenda.length}
              deadline={nearest.get(item.caseId!)}
              members={members}
              headingRef={caseHeading}
              onStep={step}
              hasPrevious={neighbourCase(agendaCaseIds, item.caseId!, -1) !== null}
              hasNext={neighbourCase(agendaCaseIds, item.caseId!, 1) !== null}
            />
          )}
          {data.status !== 'finalised' && (
            <FinaliseSection meetingId={meetingId} coordinates={coordinates} onFinalised={() => setFocusNotice(true)} />
          )}
        </div>
      </div>
      <Paragraph mt="m">
        <RouterLink asComponent={Link} to={`/teams/${data.teamId}`}>
          {t('meeting.backToTeam')}
        </RouterLink>
      </Paragraph>
    </div>
  );
}
