import { Button, DateInput, ErrorSummary, Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiProblem, isNotFound } from '../api/api-problem.js';
import { useCareTeam } from '../case/case.queries.js';
import { isFamilyMember } from '../family/family.util.js';
import { currentLanguage } from '../i18n/i18n.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDateTime } from '../time/finnish-format.util.js';
import { diffPath } from './plan-diff.util.js';
import type { PlanPoint } from './plan-diff.util.js';
import { usePlanVersion, useSavePlan } from './plan-editor.queries.js';
import {
  ActionsSection,
  ChildViewSection,
  DisagreementsSection,
  GoalsSection,
  NeedsSection,
  ParticipantsSection,
  ServicesSection,
  useFieldError,
} from './plan-editor.sections.js';
import {
  fieldId,
  fieldLabel,
  saveRefusal,
  toEditorForm,
  toPlanContent,
  type EditorErrors,
  type EditorForm,
  withActionsShownNow,
  type Responsible,
} from './plan-editor.util.js';
import { usePlan } from './plan.queries.js';
import type { Plan, PlanVersion } from './plan.util.js';

/** The version a save changes: the one being written or out for signing, else the one in force. */
const editedVersion = (plan: Plan): PlanVersion | null => plan.open ?? plan.inForce;

/** Which of a version's actions the service shows the reader, and how many it keeps from them. */
const actionsShown = (version: PlanVersion) => ({
  ids: new Set(version.content.actions.map((action) => action.id)),
  hidden: version.hiddenActions,
});
const sameActionsShown = (a: ReturnType<typeof actionsShown>, b: ReturnType<typeof actionsShown>) =>
  a.hidden === b.hidden && a.ids.size === b.ids.size && [...a.ids].every((id) => b.ids.has(id));

/**
 * The plan editor: needs with their source in the assessment, goals with the child's own words beside
 * the professional wording, actions with their agency, person and dates, services, participants, the
 * child's view, disagreeing views and the review date. A save is made on the revision it was read at:
 * if someone saved meanwhile the service refuses it (409) and the editor says who and when, keeping
 * the typed changes, never saving over theirs.
 */
export function PlanEditorPage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const me = useCurrentUser();
  const plan = usePlan(caseId);
  const noPlan = plan.isError && plan.error instanceof ApiProblem && plan.error.code === 'plan_not_found';
  usePageTitle(plan.isError && isNotFound(plan.error) && !noPlan ? null : t('planEditor.title'));
  if (plan.isPending) return <LoadingState />;
  if (plan.isError && !noPlan)
    return isNotFound(plan.error) ? <NotFoundPage /> : <ProblemNotice error={plan.error} onRetry={() => void plan.refetch()} />;
  const version = plan.data ? editedVersion(plan.data) : null;
  const refusal = isFamilyMember(me) ? 'planEditor.familyNote' : null;
  return (
    <>
      <Heading variant="h1" mb="xs">
        {t('planEditor.title')}
      </Heading>
      {!plan.data || !version ? (
        <EmptyState>{t('planEditor.noPlan')}</EmptyState>
      ) : refusal ? (
        <InlineAlert status="neutral" mb="m">
          {t(refusal)}
        </InlineAlert>
      ) : (
        <EditorView caseId={caseId} latest={plan.data} />
      )}
      <Paragraph mt="m">
        <RouterLink asComponent={Link} to={`/cases/${caseId}/plan`}>
          {t('planEditor.cancel')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

function EditorView({ caseId, latest }: { caseId: string; latest: Plan }) {
  const { t } = useTranslation();
  const careTeam = useCareTeam(caseId);
  const save = useSavePlan(caseId);
  const first = editedVersion(latest)!;
  const [form, setForm] = useState<EditorForm>(() => toEditorForm(first.content, first.hiddenActions));
  const [base, setBase] = useState<{ version: number; revision: number; status: PlanVersion['status'] }>(first);
  const [errors, setErrors] = useState<EditorErrors>({});
  const [saved, setSaved] = useState<{ from: PlanPoint; to: PlanPoint } | null>(null);
  const [conflict, setConflict] = useState(false);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const errorOf = useFieldError(errors);
  const now = editedVersion(latest)!;
  // The actions the form was filled with from the service. A live notice of a consent given or withdrawn
  // refetches the plan: the same revision showing other actions changes the form's actions with it, so
  // an action the reader may no longer see leaves the screen at once (what they typed elsewhere stays).
  const [shown, setShown] = useState(() => actionsShown(first));
  const shownNow = actionsShown(now);
  if (now.version === base.version && now.revision === base.revision && !sameActionsShown(shown, shownNow)) {
    setForm(withActionsShownNow(form, shown.ids, now.content.actions, now.hiddenActions));
    setShown(shownNow);
  }

  const team: Responsible[] = (careTeam.data ?? [])
    .filter((member) => member.active && member.participantKind === 'professional')
    .flatMap((member) =>
      member.userId && member.displayName && member.agency
        ? [{ userId: member.userId, name: member.displayName, agency: member.agency }]
        : [],
    );
  const statusOf = (actionId: string) =>
    base.status === 'in-force' ? (latest.actions.find((action) => action.actionId === actionId)?.status ?? null) : null;

  const showErrors = (found: EditorErrors) => {
    setErrors(found);
    requestAnimationFrame(() => summaryHeading.current?.focus());
  };
  function submit() {
    setSaved(null);
    const result = toPlanContent(form);
    if ('errors' in result) return showErrors(result.errors);
    setErrors({});
    save.mutate(
      { base: { version: base.version, revision: base.revision }, content: result.content },
      {
        onSuccess: (plan) => {
          const after = editedVersion(plan)!;
          setSaved({
            from: { version: base.version, revision: base.revision },
            to: { version: after.version, revision: after.revision },
          });
          setBase(after);
          setForm(toEditorForm(after.content, after.hiddenActions));
          setShown(actionsShown(after));
          setConflict(false);
        },
        onError: (error) => {
          const refusal = saveRefusal(error);
          if (refusal?.kind === 'fields') showErrors(refusal.errors);
          if (refusal?.kind === 'conflict') setConflict(true);
        },
      },
    );
  }
  function takeLatest() {
    setForm(toEditorForm(now.content, now.hiddenActions));
    setShown(actionsShown(now));
    setBase(now);
    setConflict(false);
    setErrors({});
    save.reset();
  }
  const otherProblem = save.isError && saveRefusal(save.error) === null;
  const summaryItems = Object.entries(errors).map(([path, error]) => {
    const label = fieldLabel(path);
    const field = label.item
      ? t('planEditor.itemLabel', { section: t(label.item.name), number: label.item.number, field: t(label.field) })
      : t(label.field);
    return { text: t('common.fieldError', { field, error: t(error) }), inputId: fieldId(path) };
  });
  const sections = { form, setForm, errors };

  return (
    <>
      <Paragraph className="page-lead" mb="xs">
        {t('planEditor.lead')}
      </Paragraph>
      <Paragraph mb="m">
        {t('planEditor.editing', { version: base.version, status: t(`plan.status.${base.status}`), revision: base.revision })}
        {base.status === 'in-force' && ` ${t('planEditor.inForceNote')}`}
      </Paragraph>
      {form.hiddenActions > 0 && (
        <InlineAlert status="neutral" mb="m">
          {t('planEditor.hiddenNote', { count: form.hiddenActions })}
        </InlineAlert>
      )}
      {conflict && <Conflict caseId={caseId} base={base} now={now} onTakeLatest={takeLatest} />}
      {saved && (
        <InlineAlert status="neutral" role="status" mb="m">
          <Paragraph>{t('planEditor.saved', { version: saved.to.version, revision: saved.to.revision })}</Paragraph>
          <RouterLink asComponent={Link} to={diffPath(caseId, saved.from, saved.to)}>
            {t('planEditor.showChanges')}
          </RouterLink>
        </InlineAlert>
      )}
      <form
        className="plan-editor"
        noValidate
        aria-label={t('planEditor.title')}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {summaryItems.length > 0 && (
          <ErrorSummary
            headingText={t('planEditor.errorSummary')}
            headingRef={summaryHeading}
            headingVariant="h2"
            items={summaryItems}
            mb="l"
          />
        )}
        {otherProblem && <ProblemNotice error={save.error} />}
        <NeedsSection {...sections} />
        <GoalsSection {...sections} />
        <ActionsSection {...sections} team={team} statusOf={statusOf} />
        <ServicesSection {...sections} />
        <ParticipantsSection {...sections} />
        <ChildViewSection {...sections} />
        <DisagreementsSection {...sections} />
        <section className="plan-editor__section" aria-labelledby="plan-review-heading">
          <Heading variant="h2" id="plan-review-heading" mb="s">
            {t('planEditor.reviewOn')}
          </Heading>
          <DateInput
            id={fieldId('reviewOn')}
            labelText={t('planEditor.reviewOn')}
            hintText={t('planEditor.reviewHint')}
            optionalText={t('common.optional')}
            value={form.reviewOn}
            onChange={({ value }) => setForm({ ...form, reviewOn: value })}
            language={currentLanguage()}
            {...errorOf('reviewOn')}
          />
        </section>
        {save.isPending ? (
          <Button type="submit" loading ariaLoadingText={t('planEditor.saving')} mt="m">
            {t('planEditor.save')}
          </Button>
        ) : (
          <Button type="submit" mt="m">
            {t('planEditor.save')}
          </Button>
        )}
      </form>
    </>
  );
}

/** Someone saved meanwhile: which revision is the latest, by whom and when; the typed changes stay in the form. */
function Conflict({
  caseId,
  base,
  now,
  onTakeLatest,
}: {
  caseId: string;
  base: PlanPoint & { revision: number };
  now: PlanVersion;
  onTakeLatest: () => void;
}) {
  const { t } = useTranslation();
  const detail = usePlanVersion(caseId, now.version);
  const latestRevision = detail.data?.revisions.find((revision) => revision.revision === now.revision);
  const point = { version: now.version, revision: now.revision };
  return (
    <InlineAlert status="warning" role="alert" mb="m" labelText={t('planEditor.conflictTitle')}>
      <Paragraph mb="xs">
        {latestRevision
          ? t('planEditor.conflict', { ...point, author: latestRevision.author.name, at: formatDateTime(latestRevision.savedAt) })
          : t('planEditor.conflictUnknown', point)}
      </Paragraph>
      <Paragraph mb="xs">
        <RouterLink asComponent={Link} to={diffPath(caseId, { version: base.version, revision: base.revision }, point)}>
          {t('planEditor.conflictDiff')}
        </RouterLink>
      </Paragraph>
      <Button variant="secondary" onClick={onTakeLatest}>
        {t('planEditor.conflictReload')}
      </Button>
    </InlineAlert>
  );
}
