import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, InlineAlert, Paragraph, RouterLink, Textarea } from 'suomifi-ui-components';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { answer, assessmentApi } from '../api/api-client.js';
import { isNotFound } from '../api/api-problem.js';
import { queryKeys } from '../api/query-keys.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ConfirmDialog } from '../shared/confirm-dialog.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate, formatTime } from '../time/finnish-format.util.js';
import type { Assessment } from './assessment-page.util.js';
import { myContributionKey, useAssessment, useMyContribution } from './assessment.queries.js';
import { textsOverLimit, formFromAnswers, type Contribution, type ContributionForm, type DomainForm } from './contribute.util.js';
import { DomainFieldset, useTextLimit } from './domain.fieldset.js';
import { useDraftAutosave } from './draft-autosave.hook.js';
import { OthersViews, SubmittedView } from './submitted-view.js';

/** Sending waits for the draft's last edits to be saved; when they could not be, nothing is sent. */
class DraftNotSaved extends Error {}

/**
 * An invitee gives their own view: per domain the 1–5 scale with its anchor texts, strengths, concerns
 * and words; the draft saves itself a moment after typing stops, with the version check; sent once,
 * after a confirmation; then read-only with addenda, and the others' views as the service shows them.
 */
export function ContributePage() {
  const { caseId = '', assessmentId = '' } = useParams();
  const { t } = useTranslation();
  const assessment = useAssessment(caseId, assessmentId);
  const mine = useMyContribution(caseId, assessmentId);
  usePageTitle(t('contribute.title'));
  if (assessment.isPending || mine.isPending) return <LoadingState />;
  const failed = assessment.isError ? assessment.error : mine.isError ? mine.error : null;
  if (failed)
    return isNotFound(failed) ? (
      <NotFoundPage />
    ) : (
      <ProblemNotice
        error={failed}
        onRetry={() => {
          void assessment.refetch();
          void mine.refetch();
        }}
      />
    );
  const contribution = mine.data!;
  const data = assessment.data!;
  return (
    <>
      <Heading variant="h1" mb="xs">
        {t('contribute.title')}
      </Heading>
      <Paragraph className="page-lead" mb="xs">
        {t(`assessmentKind.${data.kind}`)}, {t('contribute.due', { date: formatDate(contribution.dueOn) })}
      </Paragraph>
      {contribution.submittedAt ? (
        <>
          <SubmittedView caseId={caseId} assessment={data} contribution={contribution} />
          <OthersViews caseId={caseId} assessment={data} contribution={contribution} />
        </>
      ) : data.status === 'completed' ? (
        <EmptyState>{t('contribute.completed')}</EmptyState>
      ) : (
        <>
          <DraftForm caseId={caseId} assessment={data} contribution={contribution} />
          <OthersViews caseId={caseId} assessment={data} contribution={contribution} />
        </>
      )}
      <Paragraph mt="m">
        <RouterLink asComponent={Link} to={`/cases/${caseId}/assessments/${assessmentId}`}>
          {t('contribute.backToAssessment')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

function DraftForm({ caseId, assessment, contribution }: { caseId: string; assessment: Assessment; contribution: Contribution }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const limit = useTextLimit();
  const domainKeys = assessment.frame.domains.map((domain) => domain.key);
  const [form, setForm] = useState<ContributionForm>(() => formFromAnswers(domainKeys, contribution.answers));
  const draft = useDraftAutosave({
    caseId,
    assessmentId: assessment.assessmentId,
    frameVersion: assessment.frame.version,
    saved: { version: contribution.version, savedAt: contribution.savedAt },
    form,
  });
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null) as RefObject<HTMLButtonElement>;
  const conflictHeading = useRef<HTMLHeadingElement>(null);
  const tooLong = textsOverLimit(form).length > 0;

  useEffect(() => {
    if (draft.state.phase === 'conflict') conflictHeading.current?.focus();
  }, [draft.state.phase]);

  const change = (next: ContributionForm) => {
    setForm(next);
    draft.edited();
  };
  const setDomain = (key: string, value: DomainForm) => change({ ...form, domains: { ...form.domains, [key]: value } });

  const submit = useMutation({
    mutationFn: async () => {
      const version = await draft.saveNow();
      if (version === null) throw new DraftNotSaved();
      return answer(
        assessmentApi.POST('/cases/{caseId}/assessments/{assessmentId}/contributions/mine/submit', {
          params: { path: { caseId, assessmentId: assessment.assessmentId } },
          body: { expectedVersion: version },
        }),
      );
    },
    // The draft could not be saved first (a conflict, a text too long, a failure): the form shows why.
    onError: (error) => {
      if (error instanceof DraftNotSaved) setConfirming(false);
    },
    onSuccess: (view) => {
      setConfirming(false);
      queryClient.setQueryData(myContributionKey(caseId, assessment.assessmentId), view);
      void queryClient.invalidateQueries({ queryKey: queryKeys.assessment(caseId, assessment.assessmentId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.myInvitations });
    },
  });
  const closeConfirm = () => {
    setConfirming(false);
    submit.reset();
  };

  return (
    <form
      className="contribute-form"
      noValidate
      aria-label={t('contribute.title')}
      onSubmit={(event) => {
        event.preventDefault();
        submit.reset();
        setConfirming(true);
      }}
    >
      <Paragraph mb="m">{t('contribute.lead')}</Paragraph>
      <SaveStatus
        phase={draft.state.phase}
        savedAt={draft.state.savedAt}
        tooLong={tooLong}
        failure={draft.failure}
        onSaveNow={() => void draft.saveNow()}
      />
      {draft.state.phase === 'conflict' && draft.state.conflict && (
        <InlineAlert status="warning" mb="m" role="alert">
          <Heading variant="h3" as="h2" tabIndex={-1} forwardedRef={conflictHeading as RefObject<HTMLHeadingElement>}>
            {t('contribute.conflictTitle')}
          </Heading>
          <Paragraph mb="s">
            {t('contribute.conflictText', {
              time: draft.state.conflict.savedAt ? formatTime(draft.state.conflict.savedAt) : '–',
              version: draft.state.conflict.version,
            })}
          </Paragraph>
          <div className="form-row">
            <Button type="button" onClick={() => draft.keepMine()}>
              {t('contribute.keepMine')}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                const taken = draft.takeSaved();
                if (taken) setForm(formFromAnswers(domainKeys, taken.answers));
              }}
            >
              {t('contribute.takeSaved')}
            </Button>
          </div>
        </InlineAlert>
      )}
      {assessment.frame.domains.map((domain) => (
        <DomainFieldset
          key={domain.key}
          domain={domain}
          value={form.domains[domain.key]!}
          onChange={(value) => setDomain(domain.key, value)}
        />
      ))}
      <Textarea
        id="contribute-better-if"
        labelText={t('contribute.betterIf')}
        value={form.betterIf}
        onChange={(event) => change({ ...form, betterIf: event.target.value })}
        fullWidth
        {...limit(form.betterIf)}
        mb="l"
      />
      <SaveStatus phase={draft.state.phase} savedAt={draft.state.savedAt} tooLong={tooLong} failure={null} announce={false} />
      <div className="form-row">
        <Button type="submit" forwardedRef={opener} disabled={draft.state.phase === 'conflict' || tooLong}>
          {t('contribute.submit')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        opener={opener}
        titleId="contribute-confirm-title"
        title={t('contribute.confirmTitle')}
        lead={t('contribute.confirmText')}
        error={submit.isError ? submit.error : null}
        pending={submit.isPending}
        confirmText={t('contribute.confirm')}
        pendingText={t('contribute.submitting')}
        cancelText={t('contribute.keepEditing')}
        onConfirm={() => submit.mutate()}
        onCancel={closeConfirm}
      />
    </form>
  );
}

/** Where the draft stands, in words: "Tallennettu klo 12.00", saving, not saved yet; announced politely. */
function SaveStatus({
  phase,
  savedAt,
  tooLong,
  failure,
  onSaveNow,
  announce = true,
}: {
  phase: string;
  savedAt: string | null;
  tooLong: boolean;
  failure: unknown;
  onSaveNow?: () => void;
  announce?: boolean;
}) {
  const { t } = useTranslation();
  const text = tooLong
    ? t('contribute.status.tooLong')
    : phase === 'saving'
      ? t('contribute.status.saving')
      : phase === 'failed'
        ? t('contribute.status.failed')
        : phase === 'dirty' || phase === 'conflict'
          ? t('contribute.status.dirty')
          : savedAt
            ? t('contribute.status.saved', { time: formatTime(savedAt) })
            : t('contribute.status.clean');
  return (
    <div className="save-status" {...(announce ? { role: 'status', 'aria-live': 'polite' as const } : {})}>
      <Paragraph mb="s">{text}</Paragraph>
      {announce && phase === 'failed' && failure !== null && <ProblemNotice error={failure} />}
      {onSaveNow && phase === 'failed' && (
        <Button type="button" variant="secondary" onClick={onSaveNow} mb="s">
          {t('contribute.saveNow')}
        </Button>
      )}
    </div>
  );
}
