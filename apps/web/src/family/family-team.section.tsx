import { Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { CaseForReader } from '../api/case-coordination.types.js';
import { useCareTeam } from '../case/case.queries.js';
import { roleInCaseText } from '../case/care-team-role.util.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { ProblemNotice } from '../shared/problem-notice.js';

/** Who works with the family: the responsible social worker first, as their contact, then everyone on the care team. */
export function FamilyTeamSection({ caseId, kase }: { caseId: string; kase: CaseForReader }) {
  const { t } = useTranslation();
  const careTeam = useCareTeam(caseId);
  const worker = kase.responsibleWorker;
  const others = (careTeam.data ?? []).filter((member) => member.active !== false && member.userId !== worker?.userId);
  return (
    <PageSection title={t('family.teamTitle')}>
      {worker?.displayName && <Paragraph mb="s">{t('family.worker', { name: worker.displayName })}</Paragraph>}
      {careTeam.isPending ? (
        <LoadingState />
      ) : careTeam.isError ? (
        <ProblemNotice error={careTeam.error} onRetry={() => void careTeam.refetch()} />
      ) : others.length === 0 ? (
        <Paragraph>{t('family.teamEmpty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('family.teamLead')}</Paragraph>
          <ul className="plain-list">
            {others.map((member) => (
              <li key={member.memberId ?? member.userId}>
                <span className="timeline-entry__title">{member.displayName}</span>
                <br />
                <span className="secondary-text">
                  {[
                    member.agency ? t(`agency.${member.agency}`) : null,
                    member.participantKind && member.participantKind !== 'professional'
                      ? t(`participantKind.${member.participantKind}`)
                      : roleInCaseText(member.roleInCase, t),
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </PageSection>
  );
}
