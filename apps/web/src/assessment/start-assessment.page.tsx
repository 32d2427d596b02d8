import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Checkbox,
  DateInput,
  ErrorSummary,
  Heading,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
  Text,
} from 'suomifi-ui-components';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { answer, assessmentApi } from '../api/api-client.js';
import { isNotFound } from '../api/api-problem.js';
import { queryKeys } from '../api/query-keys.js';
import { useCareTeam, useCase } from '../case/case.queries.js';
import { currentLanguage } from '../i18n/i18n.js';
import { useAssessmentFrames } from './assessment.queries.js';
import { wordsIn } from './contribute.util.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { roleInCaseText } from '../case/care-team-role.util.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import {
  DEFAULT_FRAME_KEY,
  assessmentKinds,
  candidatesOf,
  defaultDueDate,
  dueField,
  helsinkiToday,
  inviteeField,
  isFamilyCandidate,
  startErrorsFromProblem,
  toStartCommand,
  type AssessmentKind,
  type Candidate,
  type StartAssessmentCommand,
  type StartErrors,
  type StartForm,
} from './start.util.js';

const fieldId = (field: string) => `assessment-start-${field.replace(':', '-')}`;

/**
 * The responsible worker starts a multi-agency assessment: its kind, whom of the care team to invite
 * (any agency, the guardians and the child), each by a due date, and whether the views stay hidden
 * from the other invitees until each has given their own (on unless turned off). Refusals are shown
 * beside the field they concern and listed on top, where the focus goes.
 */
export function StartAssessmentPage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const me = useCurrentUser();
  const kase = useCase(caseId);
  const careTeam = useCareTeam(caseId);
  usePageTitle(t('assessmentStart.title'));
  if (kase.isPending || careTeam.isPending) return <LoadingState />;
  if (kase.isError)
    return isNotFound(kase.error) ? <NotFoundPage /> : <ProblemNotice error={kase.error} onRetry={() => void kase.refetch()} />;
  if (careTeam.isError) return <ProblemNotice error={careTeam.error} onRetry={() => void careTeam.refetch()} />;
  const responsible = kase.data.responsibleWorker?.userId === me.userId && me.roles.includes('cp-social-worker');
  return (
    <>
      <Heading variant="h1" mb="xs">
        {t('assessmentStart.title')}
      </Heading>
      <Paragraph className="page-lead" mb="m">
        {kase.data.child?.name ? `${kase.data.child.name}. ` : ''}
        {t('assessmentStart.lead')}
      </Paragraph>
      {!responsible ? (
        <EmptyState>{t('assessmentStart.notResponsible')}</EmptyState>
      ) : (
        <StartAssessmentForm caseId={caseId} candidates={candidatesOf(careTeam.data, me.userId)} />
      )}
      <Paragraph mt="m">
        <RouterLink asComponent={Link} to={`/cases/${caseId}`}>
          {t('assessmentStart.cancel')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

function StartAssessmentForm({ caseId, candidates }: { caseId: string; candidates: Candidate[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const today = useMemo(() => helsinkiToday(new Date()), []);
  const [form, setForm] = useState<StartForm>({
    frameKey: DEFAULT_FRAME_KEY,
    kind: 'service-needs',
    blindUntilSubmitted: true,
    chosen: {},
  });
  const [errors, setErrors] = useState<StartErrors>({});
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const sent = useRef<StartAssessmentCommand | null>(null);

  const showErrors = (found: StartErrors) => {
    setErrors(found);
    requestAnimationFrame(() => summaryHeading.current?.focus());
  };
  const start = useMutation({
    mutationFn: (command: StartAssessmentCommand) =>
      answer(assessmentApi.POST('/cases/{caseId}/assessments', { params: { path: { caseId } }, body: command })),
    onSuccess: (assessment) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.case(caseId) });
      queryClient.setQueryData(queryKeys.assessment(caseId, assessment.assessmentId), assessment);
      void navigate(`/cases/${caseId}/assessments/${assessment.assessmentId}`);
    },
    onError: (error) => {
      const tied = sent.current ? startErrorsFromProblem(error, sent.current) : null;
      if (tied) showErrors(tied);
    },
  });
  const refusedElsewhere = start.isError && (!sent.current || startErrorsFromProblem(start.error, sent.current) === null);

  const clearError = (field: string) =>
    setErrors((current) => {
      const { [field]: _cleared, invitees: _invitees, ...rest } = current;
      return rest;
    });
  const choose = (candidate: Candidate, chosen: boolean) => {
    setForm((current) => {
      const { [candidate.userId]: _left, ...others } = current.chosen;
      return { ...current, chosen: chosen ? { ...others, [candidate.userId]: { dueOn: defaultDueDate(today) } } : others };
    });
    clearError(inviteeField(candidate.userId));
  };
  const setDue = (candidate: Candidate, dueOn: string) => {
    setForm((current) => ({ ...current, chosen: { ...current.chosen, [candidate.userId]: { dueOn } } }));
    clearError(dueField(candidate.userId));
  };
  function submit() {
    const result = toStartCommand(form, candidates, today);
    if ('errors' in result) return showErrors(result.errors);
    setErrors({});
    sent.current = result.command;
    start.mutate(result.command);
  }

  const nameOf = (userId: string) => candidates.find((candidate) => candidate.userId === userId)?.displayName ?? '';
  const labelOf = (field: string): string => {
    if (field === 'kind') return t('assessmentStart.kind');
    if (field === 'frameKey') return t('assessmentStart.frame');
    if (field === 'invitees') return t('assessmentStart.inviteesLabel');
    const [kind, userId = ''] = field.split(':');
    return kind === 'due' ? t('assessmentStart.due', { name: nameOf(userId) }) : nameOf(userId);
  };
  const summaryItems = Object.entries(errors).map(([field, error]) => ({
    text: t('common.fieldError', { field: labelOf(field), error: t(error) }),
    inputId: field === 'invitees' ? fieldId(inviteeField(candidates[0]?.userId ?? '')) : fieldId(field),
  }));

  if (candidates.length === 0) return <EmptyState>{t('assessmentStart.noCareTeam')}</EmptyState>;
  const groups = [
    { title: t('assessmentStart.professionals'), members: candidates.filter((candidate) => !isFamilyCandidate(candidate)) },
    { title: t('assessmentStart.family'), members: candidates.filter(isFamilyCandidate) },
  ];
  return (
    <form
      className="assessment-start-form"
      noValidate
      aria-label={t('assessmentStart.title')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {summaryItems.length > 0 && (
        <ErrorSummary
          headingText={t('assessmentStart.errorSummary')}
          headingRef={summaryHeading}
          items={summaryItems}
          headingVariant="h2"
          mb="l"
        />
      )}
      {refusedElsewhere && <ProblemNotice error={start.error} />}
      <FrameChoice
        value={form.frameKey}
        error={errors.frameKey}
        onChange={(frameKey) => {
          setForm((current) => ({ ...current, frameKey }));
          clearError('frameKey');
        }}
      />
      <RadioButtonGroup
        id={fieldId('kind')}
        name="kind"
        labelText={t('assessmentStart.kind')}
        groupHintText={t('assessmentStart.kindHint')}
        value={form.kind}
        onChange={(value) => {
          setForm((current) => ({ ...current, kind: value as AssessmentKind }));
          clearError('kind');
        }}
        {...(errors.kind ? { groupStatus: 'error' as const, groupStatusText: t(errors.kind) } : {})}
        mb="l"
      >
        {assessmentKinds.map((kind) => (
          <RadioButton key={kind} value={kind}>
            {t(`assessmentKind.${kind}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      {groups.map((group) => (
        <fieldset key={group.title} className="form-section">
          <legend>
            <Heading variant="h2" as="span">
              {group.title}
            </Heading>
          </legend>
          {errors.invitees && group === groups[0] && (
            <Text className="field-error" role="alert">
              {t(errors.invitees)}
            </Text>
          )}
          {group.members.length === 0 ? (
            <EmptyState>{t('assessmentStart.noneInGroup')}</EmptyState>
          ) : (
            group.members.map((candidate) => (
              <InviteeRow
                key={candidate.userId}
                candidate={candidate}
                dueOn={form.chosen[candidate.userId]?.dueOn ?? null}
                inviteeError={errors[inviteeField(candidate.userId)]}
                dueError={errors[dueField(candidate.userId)]}
                onChoose={(chosen) => choose(candidate, chosen)}
                onDue={(dueOn) => setDue(candidate, dueOn)}
              />
            ))
          )}
        </fieldset>
      ))}
      <Checkbox
        id={fieldId('blind')}
        checked={form.blindUntilSubmitted}
        hintText={t('assessmentStart.blindHint')}
        onClick={({ checkboxState }) => setForm((current) => ({ ...current, blindUntilSubmitted: checkboxState }))}
        mb="l"
      >
        {t('assessmentStart.blind')}
      </Checkbox>
      <div className="form-row">
        {start.isPending ? (
          <Button type="submit" loading ariaLoadingText={t('assessmentStart.submitting')}>
            {t('assessmentStart.submit')}
          </Button>
        ) : (
          <Button type="submit">{t('assessmentStart.submit')}</Button>
        )}
      </div>
    </form>
  );
}

/** One member of the care team: invited or not, and by when. */
function InviteeRow({
  candidate,
  dueOn,
  inviteeError,
  dueError,
  onChoose,
  onDue,
}: {
  candidate: Candidate;
  dueOn: string | null;
  inviteeError: string | undefined;
  dueError: string | undefined;
  onChoose: (chosen: boolean) => void;
  onDue: (dueOn: string) => void;
}) {
  const { t } = useTranslation();
  const role = [
    ...new Set(
      [
        roleInCaseText(candidate.roleInCase, t),
        candidate.participantKind !== 'professional' ? t(`participantKind.${candidate.participantKind}`) : null,
      ].filter(Boolean),
    ),
  ].join(', ');
  return (
    <div className="invitee-row">
      <Checkbox
        id={fieldId(inviteeField(candidate.userId))}
        checked={dueOn !== null}
        hintText={t('assessmentStart.inviteeDetail', { agency: t(`agency.${candidate.agency}`), role })}
        onClick={({ checkboxState }) => onChoose(checkboxState)}
        {...(inviteeError ? { status: 'error' as const, statusText: t(inviteeError) } : {})}
        mb="s"
      >
        {t('assessmentStart.invite', { name: candidate.displayName })}
      </Checkbox>
      {dueOn !== null && (
        <DateInput
          id={fieldId(dueField(candidate.userId))}
          labelText={t('assessmentStart.due', { name: candidate.displayName })}
          hintText={t('assessmentStart.dueHint')}
          value={dueOn}
          onChange={({ value }) => onDue(value)}
          language={currentLanguage()}
          {...(dueError ? { status: 'error' as const, statusText: t(dueError) } : {})}
          mb="m"
        />
      )}
    </div>
  );
}

/** The frames an assessment can start on, each at its latest version; the default one is chosen unless another is. */
function FrameChoice({ value, error, onChange }: { value: string; error: string | undefined; onChange: (key: string) => void }) {
  const { t, i18n } = useTranslation();
  const frames = useAssessmentFrames();
  if (frames.isPending) return <LoadingState />;
  if (frames.isError) return <ProblemNotice error={frames.error} onRetry={() => void frames.refetch()} />;
  return (
    <RadioButtonGroup
      id={fieldId('frameKey')}
      name="frameKey"
      labelText={t('assessmentStart.frame')}
      groupHintText={t('assessmentStart.frameHint')}
      value={value}
      onChange={onChange}
      {...(error ? { groupStatus: 'error' as const, groupStatusText: t(error) } : {})}
      mb="l"
    >
      {frames.data.map((frame) => (
        <RadioButton key={frame.key} value={frame.key}>
          {t('assessmentStart.frameOption', { title: wordsIn(frame.title, i18n.language), count: frame.domains.length })}
        </RadioButton>
      ))}
    </RadioButtonGroup>
  );
}
