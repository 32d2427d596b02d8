import { Button, Dropdown, DropdownItem, Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useQueries } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { answer, planApi } from '../api/api-client.js';
import { isNotFound } from '../api/api-problem.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate } from '../time/finnish-format.util.js';
import { bySection, diffPath, historyPoints, parsePoint, pointParam, shownValue, type PlanDifference } from './plan-diff.util.js';
import { planVersionKey, usePlanDiff } from './plan-editor.queries.js';
import { usePlan } from './plan.queries.js';

/**
 * Two points of the plan's history compared, as a person reads it: section by section what was added,
 * removed, reworded or changed, each said in words (never by colour alone), the old and new wording
 * one after the other. Any two revisions or versions can be chosen.
 */
export function PlanDiffPage() {
  const { caseId = '' } = useParams();
  const [search] = useSearchParams();
  const { t } = useTranslation();
  const from = parsePoint(search.get('from'));
  const to = parsePoint(search.get('to'));
  const diff = usePlanDiff(caseId, from, to);
  usePageTitle(diff.isError && isNotFound(diff.error) ? null : t('planDiff.title'));
  if (diff.isError && isNotFound(diff.error) && (diff.error as { code?: string }).code === 'case_not_found')
    return <NotFoundPage />;
  return (
    <>
      <Heading variant="h1" mb="xs">
        {t('planDiff.title')}
      </Heading>
      <Paragraph className="page-lead" mb="m">
        {t('planDiff.lead')}
      </Paragraph>
      <PointChooser caseId={caseId} from={search.get('from') ?? ''} to={search.get('to') ?? ''} />
      {!from || !to ? (
        <EmptyState>{t('planDiff.invalid')}</EmptyState>
      ) : diff.isPending ? (
        <LoadingState />
      ) : diff.isError ? (
        <ProblemNotice error={diff.error} onRetry={() => void diff.refetch()} />
      ) : (
        <PageSection
          title={t('planDiff.between', {
            fromVersion: diff.data.from.version,
            fromRevision: diff.data.from.revision,
            toVersion: diff.data.to.version,
            toRevision: diff.data.to.revision,
          })}
        >
          {diff.data.differences.length === 0 ? (
            <EmptyState>{t('planDiff.none')}</EmptyState>
          ) : (
            <>
              <Paragraph mb="s">{t('planDiff.count', { count: diff.data.differences.length })}</Paragraph>
              {bySection(diff.data.differences).map((group) => (
                <DiffSection key={group.section} section={group.section} differences={group.differences} />
              ))}
            </>
          )}
        </PageSection>
      )}
      <Paragraph mt="m">
        <RouterLink asComponent={Link} to={`/cases/${caseId}/plan`}>
          {t('planDiff.backToPlan')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

function DiffSection({ section, differences }: { section: PlanDifference['section']; differences: PlanDifference[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const value = (text: string | null) => shownValue(text, formatDate);
  return (
    <div className="plan-diff__section">
      <Heading variant="h3" id={headingId} mb="xs">
        {t(`planDiff.section.${section}`)}
      </Heading>
      <ul className="plan-diff__list" aria-labelledby={headingId}>
        {differences.map((difference, index) => (
          <li
            key={`${difference.itemId ?? ''}-${difference.field ?? ''}-${index}`}
            className={`plan-diff__item plan-diff__item--${difference.change}`}
          >
            <strong>
              {t(`planDiff.change.${difference.change}`)}
              {difference.field ? ` (${t(`planDiff.field.${difference.field}`, { defaultValue: difference.field })})` : ''}
            </strong>
            {difference.before !== null && (
              <p className="plan-diff__before">
                <span className="plan-diff__label">{t('planDiff.before')}: </span>
                <del>{value(difference.before)}</del>
              </p>
            )}
            {difference.after !== null && (
              <p className="plan-diff__after">
                <span className="plan-diff__label">{t('planDiff.after')}: </span>
                <ins>{value(difference.after)}</ins>
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Choose the two points to compare among every revision of every version of the plan. */
function PointChooser({ caseId, from, to }: { caseId: string; from: string; to: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlan(caseId);
  const latest = plan.data ? Math.max(plan.data.open?.version ?? 0, plan.data.inForce?.version ?? 0) : 0;
  const versions = useQueries({
    queries: Array.from({ length: latest }, (_, index) => index + 1).map((version) => ({
      queryKey: planVersionKey(caseId, version),
      queryFn: () => answer(planApi.GET('/cases/{caseId}/plan/versions/{version}', { params: { path: { caseId, version } } })),
      refetchOnWindowFocus: false,
      retry: false,
    })),
  });
  const [chosen, setChosen] = useState({ from, to });
  if (latest === 0 || versions.some((version) => !version.isSuccess)) return null;
  const points = historyPoints(versions.map((version) => version.data!)).map(pointParam);
  const label = (param: string) => {
    const point = parsePoint(param)!;
    return point.revision === undefined
      ? t('planDiff.pointLatest', { version: point.version })
      : t('planDiff.point', { version: point.version, revision: point.revision });
  };
  const options = (current: string) => (points.includes(current) || current === '' ? points : [current, ...points]);
  return (
    <form
      className="plan-diff__chooser form-row"
      aria-label={t('planDiff.title')}
      onSubmit={(event) => {
        event.preventDefault();
        const [fromPoint, toPoint] = [parsePoint(chosen.from), parsePoint(chosen.to)];
        if (fromPoint && toPoint) void navigate(diffPath(caseId, fromPoint, toPoint));
      }}
    >
      <Dropdown
        id="plan-diff-from"
        labelText={t('planDiff.from')}
        value={chosen.from === '' ? null : chosen.from}
        onChange={(value) => setChosen({ ...chosen, from: value })}
      >
        {options(chosen.from).map((param) => (
          <DropdownItem key={param} value={param}>
            {label(param)}
          </DropdownItem>
        ))}
      </Dropdown>
      <Dropdown
        id="plan-diff-to"
        labelText={t('planDiff.to')}
        value={chosen.to === '' ? null : chosen.to}
        onChange={(value) => setChosen({ ...chosen, to: value })}
      >
        {options(chosen.to).map((param) => (
          <DropdownItem key={param} value={param}>
            {label(param)}
          </DropdownItem>
        ))}
      </Dropdown>
      <Button type="submit">{t('planDiff.show')}</Button>
    </form>
  );
}
