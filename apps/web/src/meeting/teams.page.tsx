import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { useMyTeams } from './meeting.queries.js';

/** The systemic teams the user is on, each with who is on it; a team's page holds its meetings. */
export function TeamsPage() {
  const { t } = useTranslation();
  const teams = useMyTeams();
  usePageTitle(t('teams.title'));
  return (
    <>
      <Heading variant="h1" mb="xs">
        {t('teams.title')}
      </Heading>
      <Paragraph className="page-lead" mb="m">
        {t('teams.lead')}
      </Paragraph>
      {teams.isPending ? (
        <LoadingState />
      ) : teams.isError ? (
        <ProblemNotice error={teams.error} onRetry={() => void teams.refetch()} />
      ) : teams.data.length === 0 ? (
        <EmptyState>{t('teams.empty')}</EmptyState>
      ) : (
        <div className="page-grid">
          {teams.data.map((team) => (
            <PageSection key={team.id} title={team.name}>
              <ul className="plain-list">
                {team.members.map((member) => (
                  <li key={member.memberId}>
                    {t('teams.member', { name: member.displayName, role: t(`teamRole.${member.teamRole}`) })}
                  </li>
                ))}
              </ul>
              <Paragraph mt="s">
                <RouterLink asComponent={Link} to={`/teams/${team.id}`}>
                  {t('teams.open', { team: team.name })}
                </RouterLink>
              </Paragraph>
            </PageSection>
          ))}
        </div>
      )}
    </>
  );
}
