import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyCases } from '../home/home.queries.js';
import { EmptyState } from '../shared/empty-state.js';
import { PageSection } from '../shared/page-section.js';
import { QueryWaiting } from '../shared/query-waiting.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useMyActions } from './my-actions.queries.js';
import { childNameOf, homeActions } from './my-actions.util.js';

/** The home's short list of one's open plan actions, overdue first; its own query and loading state, so nothing else on the home waits. */
export function MyActionsSection() {
  const { t } = useTranslation();
  const actions = useMyActions();
  const cases = useMyCases();
  const home = actions.isSuccess ? homeActions(actions.data) : null;
  return (
    <PageSection title={t('myActions.homeTitle')}>
      {!actions.isSuccess ? (
        <QueryWaiting query={actions} />
      ) : home!.shown.length === 0 ? (
        <EmptyState>{t('myActions.noneOpen')}</EmptyState>
      ) : (
        <>
          {home!.overdue > 0 && <Paragraph mb="xs">{t('myActions.overdueCount', { count: home!.overdue })}</Paragraph>}
          <ul className="plain-list">
            {home!.shown.map((action) => {
              const name = childNameOf(action.caseId, cases.data);
              return (
                <li key={`${action.caseId}/${action.actionId}`}>
                  <RouterLink asComponent={Link} to={`/cases/${action.caseId}/plan`}>
                    {name ?? t('myActions.plan')}
                  </RouterLink>
                  {': '}
                  {action.what}
                  {' – '}
                  {action.overdue
                    ? t('myActions.dueOverdue', { due: formatDate(action.due) })
                    : t('myActions.due', { due: formatDate(action.due) })}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <Paragraph mt="xs">
        <RouterLink asComponent={Link} to="/actions">
          {home && home.more > 0 ? t('myActions.allWithMore', { count: home.more }) : t('myActions.all')}
        </RouterLink>
      </Paragraph>
    </PageSection>
  );
}
