import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../api/api-problem.js';
import { DeadlineLine } from '../deadlines/deadline-line.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useTeam, useTeamDeadlines, useTeamMeetings } from './meeting.queries.js';
import { ScheduleMeetingForm } from './schedule-meeting.form.js';

/**
 * One systemic team: its meetings (the coordinator builds the next one's agenda here), the deadlines
 * of its cases nearest first, and who is on it. A team the user is not on is the not-found page.
 */
export function TeamPage() {
  const { teamId = '' } = useParams();
  const { t } = useTranslation();
  const me = useCurrentUser();
  const team = useTeam(teamId);
  usePageTitle(team.isSuccess ? team.data.name : null);
  if (team.isPending) return <LoadingState />;
  if (team.isError)
    return isNotFound(team.error) ? <NotFoundPage /> : <ProblemNotice error={team.error} onRetry={() => void team.refetch()} />;
  const mine = team.data.members.find((member) => member.userId === me.userId);
  return (
    <>
      <Heading variant="h1" mb="m">
        {team.data.name}
      </Heading>
      <div className="page-grid">
        {mine && <TeamMeetingsSection teamId={teamId} coordinates={mine.teamRole === 'coordinator'} />}
        {mine && <TeamDeadlinesSection teamId={teamId} />}
        <PageSection title={t('teams.membersTitle')}>
          <ul className="plain-list">
            {team.data.members.map((member) => (
              <li key={member.memberId}>
                {t('teams.member', { name: member.displayName, role: t(`teamRole.${member.teamRole}`) })}
              </li>
            ))}
          </ul>
        </PageSection>
      </div>
    </>
  );
}

function TeamMeetingsSection({ teamId, coordinates }: { teamId: string; coordinates: boolean }) {
  const { t } = useTranslation();
  const meetings = useTeamMeetings(teamId);
  return (
    <PageSection title={t('teams.meetingsTitle')}>
      {meetings.isPending ? (
        <LoadingState />
      ) : meetings.isError ? (
        <ProblemNotice error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : meetings.data.length === 0 ? (
        <EmptyState>{t('teams.meetingsEmpty')}</EmptyState>
      ) : (
        <ul className="plain-list">
          {meetings.data.map((meeting) => (
            <li key={meeting.id}>
              <RouterLink asComponent={Link} to={`/meetings/${meeting.id}`}>
                {t('teams.meetingLink', { date: formatDate(meeting.heldOn) })}
              </RouterLink>{' '}
              <span className="secondary-text">{t(`teams.meetingStatus.${meeting.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {coordinates && <ScheduleMeetingForm teamId={teamId} />}
    </PageSection>
  );
}

function TeamDeadlinesSection({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const deadlines = useTeamDeadlines(teamId);
  const open = deadlines.data?.filter((deadline) => deadline.status !== 'met' && deadline.dueOn) ?? [];
  return (
    <PageSection title={t('teams.deadlinesTitle')}>
      {deadlines.isPending ? (
        <LoadingState />
      ) : deadlines.isError ? (
        <ProblemNotice error={deadlines.error} onRetry={() => void deadlines.refetch()} />
      ) : open.length === 0 ? (
        <EmptyState>{t('teams.deadlinesEmpty')}</EmptyState>
      ) : (
        <ul className="plain-list">
          {[...open]
            .sort((a, b) => a.dueOn!.localeCompare(b.dueOn!))
            .map((deadline) => (
              <li key={deadline.deadlineId}>
                <DeadlineLine deadline={deadline}>
                  {t('teams.childDeadline', {
                    child: deadline.childName ?? t('meeting.child'),
                    deadline: t('deadline.dueBy', {
                      kind: t(`deadline.kind.${deadline.kind}`),
                      date: formatDate(deadline.dueOn!),
                    }),
                  })}
                </DeadlineLine>
              </li>
            ))}
        </ul>
      )}
      <Paragraph className="secondary-text" mt="s">
        {t('teams.scheduleLead')}
      </Paragraph>
    </PageSection>
  );
}
