import { Table } from 'suomifi-ui-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageSection } from '../shared/page-section.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useCareTeam } from './case.queries.js';
import { AddMemberButton } from './add-member.dialog.js';
import { roleInCaseText } from './care-team-role.util.js';
import { ListQueryView } from './query-view.js';
import { RemoveMemberButton } from './remove-member.dialog.js';

/**
 * Who works on the child's case, across agencies: the members the service lists for this reader. A
 * social worker on an open case (`removes`) also adds members and removes them.
 */
export function CareTeamSection({
  caseId,
  removes,
  responsibleWorkerId,
}: {
  caseId: string;
  removes: boolean;
  responsibleWorkerId?: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const careTeam = useCareTeam(caseId);
  const columns = [
    { key: 'name', labelText: t('casePage.careTeamName') },
    { key: 'agency', labelText: t('casePage.careTeamAgency') },
    { key: 'role', labelText: t('casePage.careTeamRole') },
    { key: 'since', labelText: t('casePage.careTeamSince') },
    ...(removes ? [{ key: 'action', labelText: t('careTeam.action') }] : []),
  ];
  return (
    <PageSection title={t('casePage.careTeamTitle')} headingId={headingId} className="page-section--wide">
      {removes && <AddMemberButton caseId={caseId} />}
      <ListQueryView query={careTeam} empty={t('casePage.careTeamEmpty')}>
        {(members) => (
          <Table
            aria-labelledby={headingId}
            condensed
            columns={columns}
            data={members
              .filter((member) => member.active !== false)
              .map((member) => ({
                id: member.memberId ?? member.userId ?? '',
                name: member.displayName ?? '',
                agency: member.agency ? t(`agency.${member.agency}`) : '',
                role: [
                  roleInCaseText(member.roleInCase, (key) => t(key)),
                  member.participantKind && member.participantKind !== 'professional'
                    ? t(`participantKind.${member.participantKind}`)
                    : null,
                ]
                  .filter(Boolean)
                  .join(', '),
                since: member.since ? formatDate(member.since) : '',
                // The responsible worker leaves only by a handover, which the service requires first.
                action:
                  removes && member.memberId && member.userId !== responsibleWorkerId ? (
                    <RemoveMemberButton caseId={caseId} memberId={member.memberId} name={member.displayName ?? ''} />
                  ) : (
                    ''
                  ),
              }))}
          />
        )}
      </ListQueryView>
    </PageSection>
  );
}
