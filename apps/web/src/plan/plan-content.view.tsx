import { Heading, Paragraph, RouterLink, Table } from 'suomifi-ui-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FactList } from '../shared/fact-list.js';
import { formatDate } from '../time/finnish-format.util.js';
import { diffPath, latestComparison } from './plan-diff.util.js';
import { sourceDomains } from './plan-editor.util.js';
import type { Plan, PlanVersion } from './plan.util.js';

/** Who reads the plan, for how the page tells it: the family in plain words, another agency what it sees. */
export type PlanReader = 'family' | 'agency' | 'child-protection';

/**
 * What a version says, as the service shows it to this reader: needs (with where each came from),
 * goals with the child's own words beside them, actions with where each stands (in the version in
 * force), services, the child's view, disagreeing views and the review date. The family is told in
 * plain words what the parts mean.
 */
export function PlanContentView({
  version,
  progress,
  reader,
}: {
  version: PlanVersion;
  progress: Plan['actions'];
  reader: PlanReader;
}) {
  const { t } = useTranslation();
  const goalsId = useId();
  const actionsId = useId();
  const { content } = version;
  const family = reader === 'family';
  const inForce = version.status === 'in-force';
  const statusOf = (actionId: string) => {
    const status = progress.find((action) => action.actionId === actionId)?.status;
    return status ? t(`planAgency.statusOf.${status}`) : '–';
  };
  return (
    <div className="plan-content">
      <Heading variant="h3" mb="xs">
        {t('plan.needs')}
      </Heading>
      {content.needs.length === 0 ? (
        <Paragraph mb="s">{t('plan.noneYet')}</Paragraph>
      ) : (
        <ul>
          {content.needs.map((need) => (
            <li key={need.id}>
              {need.text}
              {need.source && !family && (
                <span className="plan-content__source">
                  {' '}
                  (
                  {t('planEditor.needSource', {
                    domains: sourceDomains(need.source.domains, (key) =>
                      t(`planEditor.needSourceDomain.${key}`, { defaultValue: key }),
                    ),
                    count: need.source.fromInvitations.length,
                  })}
                  )
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <Heading variant="h3" id={goalsId} mb="xs">
        {t('plan.goals')}
      </Heading>
      {family && content.goals.length > 0 && <Paragraph mb="xs">{t('planFamily.childWordsHelp')}</Paragraph>}
      <Table
        aria-labelledby={goalsId}
        condensed
        columns={[
          { key: 'professional', labelText: t('plan.goalProfessional') },
          { key: 'child', labelText: t('plan.goalChild') },
        ]}
        data={content.goals.map((goal) => ({ id: goal.id, professional: goal.professional, child: goal.childWords ?? '–' }))}
      />
      <Heading variant="h3" id={actionsId} mt="s" mb="xs">
        {t('plan.actions')}
      </Heading>
      <Table
        aria-labelledby={actionsId}
        condensed
        columns={[
          { key: 'what', labelText: t('plan.actionWhat') },
          { key: 'who', labelText: t('plan.actionWho') },
          { key: 'when', labelText: t('plan.actionWhen') },
          ...(inForce ? [{ key: 'status', labelText: t('planAgency.status') }] : []),
        ]}
        data={content.actions.map((action) => ({
          id: action.id,
          what: action.what,
          who: `${action.responsible.name} (${t(`agency.${action.agency}`)})`,
          when: `${formatDate(action.start)}–${formatDate(action.due)}`,
          ...(inForce ? { status: statusOf(action.id) } : {}),
        }))}
      />
      {version.hiddenActions > 0 && <Paragraph mt="xs">{t('plan.hiddenActions', { count: version.hiddenActions })}</Paragraph>}
      <FactList
        facts={[
          { label: t('plan.services'), value: content.services.map((service) => service.name).join(', ') || undefined },
          {
            label: t('plan.childView'),
            value: content.childView ? `${content.childView.view} (${content.childView.howFoundOut})` : undefined,
          },
          {
            label: t('plan.disagreements'),
            value:
              content.disagreements.length === 0 ? undefined : (
                <>
                  {content.disagreements.map((held) => `${held.topic}: ${held.view} (${held.heldBy})`).join('; ')}
                  {family && <span className="plan-content__help"> {t('planFamily.disagreementsHelp')}</span>}
                </>
              ),
          },
          {
            label: t('plan.reviewOn'),
            value: content.reviewOn ? (
              <>
                {formatDate(content.reviewOn)}
                {family && <span className="plan-content__help"> {t('planFamily.reviewHelp')}</span>}
              </>
            ) : undefined,
          },
        ]}
      />
    </div>
  );
}

/** How the page tells this reader what they see. */
export function planReaderOf(me: { agency?: string | null; roles: readonly string[] }, isFamily: boolean): PlanReader {
  if (isFamily) return 'family';
  return me.agency === 'school' || me.agency === 'psychiatry' ? 'agency' : 'child-protection';
}

/** Under the page's lead: what this reader sees, in plain words for the family; for professionals, editing and comparing. */
export function PlanReaderNote({ caseId, plan, reader }: { caseId: string; plan: Plan | null; reader: PlanReader }) {
  const { t } = useTranslation();
  const comparison = plan ? latestComparison(plan) : null;
  return (
    <>
      {reader !== 'child-protection' && (
        <Paragraph mb="m">{t(reader === 'family' ? 'planFamily.lead' : 'planAgency.lead')}</Paragraph>
      )}
      {plan && reader !== 'family' && (
        <ul className="plain-list plan-links">
          <li>
            <RouterLink asComponent={Link} to={`/cases/${caseId}/plan/edit`}>
              {t('planEditor.edit')}
            </RouterLink>
          </li>
          {comparison && (
            <li>
              <RouterLink asComponent={Link} to={diffPath(caseId, comparison.from, comparison.to)}>
                {t('planEditor.compare')}
              </RouterLink>
            </li>
          )}
        </ul>
      )}
    </>
  );
}
