import { Button, Heading, Paragraph, RouterLink, Table, Textarea } from 'suomifi-ui-components';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isNotFound, ApiProblem } from '../api/api-problem.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDateTime } from '../time/finnish-format.util.js';
import { isFamilyMember } from '../family/family.util.js';
import { ChildBirthDateForm, needsChildBirthDate } from './plan-child-birth-date.form.js';
import { PlanDocumentLinks } from './plan-documents.links.js';
import { PlanContentView, PlanReaderNote, planReaderOf, type PlanReader } from './plan-content.view.js';
import { useAnswerPlan, usePlan, useSendForSigning } from './plan.queries.js';
import { needsStepUp, signOffAnchor, stepUpSignInUrl } from './plan-step-up.util.js';
import { roundProgress, turnOn, type Plan, type PlanVersion } from './plan.util.js';

/**
 * The child's one client plan: the version in force, and the one being written or out for signing
 * beside it (the version in force stays until every party has signed the new one). Each reader sees
 * what the service shows them (another agency's actions only by consent; the family the whole plan),
 * who has signed, who declined and why, and answers in their own turn.
 */
export function PlanPage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const me = useCurrentUser();
  const reader = planReaderOf(me, isFamilyMember(me));
  const plan = usePlan(caseId);
  const noPlan = plan.isError && plan.error instanceof ApiProblem && plan.error.code === 'plan_not_found';
  usePageTitle(plan.isError && isNotFound(plan.error) && !noPlan ? null : t('plan.title'));
  if (plan.isPending) return <LoadingState />;
  if (plan.isError && !noPlan)
    return isNotFound(plan.error) ? <NotFoundPage /> : <ProblemNotice error={plan.error} onRetry={() => void plan.refetch()} />;

  return (
    <>
      <Heading variant="h1" mb="xs">
        {t('plan.title')}
      </Heading>
      <Paragraph className="page-lead" mb="m">
        {t('plan.lead')}
      </Paragraph>
      <PlanReaderNote caseId={caseId} plan={plan.data ?? null} reader={reader} />
      {noPlan || !plan.data ? (
        <EmptyState>{t('plan.none')}</EmptyState>
      ) : (
        <>
          {plan.data.open && <VersionSection caseId={caseId} version={plan.data.open} plan={plan.data} reader={reader} />}
          {plan.data.inForce && <VersionSection caseId={caseId} version={plan.data.inForce} plan={plan.data} reader={reader} />}
        </>
      )}
      <Paragraph mt="m">
        <RouterLink asComponent={Link} to={`/cases/${caseId}`}>
          {t('plan.backToCase')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

function VersionSection({
  caseId,
  version,
  plan,
  reader,
}: {
  caseId: string;
  version: PlanVersion;
  plan: Plan;
  reader: PlanReader;
}) {
  const { t } = useTranslation();
  return (
    <PageSection title={t('plan.versionTitle', { version: version.version, status: t(`plan.status.${version.status}`) })}>
      <PlanContentView version={version} progress={plan.actions} reader={reader} />
      <SignOff caseId={caseId} version={version} />
    </PageSection>
  );
}

function SignOff({ caseId, version }: { caseId: string; version: PlanVersion }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const signatoriesId = useId();
  const send = useSendForSigning(caseId);
  const turn = turnOn(version, me.userId, me.roles.includes('cp-social-worker'));
  const { signed, required } = roundProgress(version);
  // Back from signing in again before a signature: the panel is where the reader left it.
  useEffect(() => {
    const anchor = signOffAnchor(version.version);
    if (window.location.hash === `#${anchor}`) document.getElementById(anchor)?.scrollIntoView();
  }, [version.version]);
  const answerText = (signatory: NonNullable<PlanVersion['round']>['signatories'][number]) => {
    if (!signatory.answer) return t('plan.waiting');
    const at = formatDateTime(signatory.answer.at);
    return signatory.answer.remark
      ? t(`plan.answer.${signatory.answer.decision}WithRemark`, { at, remark: signatory.answer.remark })
      : t(`plan.answer.${signatory.answer.decision}`, { at });
  };
  return (
    <div className="plan-sign-off" id={signOffAnchor(version.version)}>
      {version.round && (
        <>
          <Heading variant="h3" id={signatoriesId} mt="s" mb="xs">
            {t('plan.signatories', { signed, required })}
          </Heading>
          <Table
            aria-labelledby={signatoriesId}
            condensed
            columns={[
              { key: 'who', labelText: t('plan.signatory') },
              { key: 'part', labelText: t('plan.part') },
              { key: 'answer', labelText: t('plan.answerColumn') },
            ]}
            data={version.round.signatories.map((signatory) => ({
              id: signatory.userId,
              who: `${signatory.displayName} (${t(`agency.${signatory.agency}`)})`,
              part: t(`plan.partOf.${signatory.part}`),
              answer: answerText(signatory),
            }))}
          />
        </>
      )}
      <Paragraph mt="xs">{t('plan.contentHash', { hash: version.contentHash.slice(0, 16) })}</Paragraph>
      <PlanDocumentLinks caseId={caseId} version={version} />
      {turn.kind === 'send' && (
        <>
          {send.isError && <ProblemNotice error={send.error} />}
          {send.isError && needsChildBirthDate(send.error) && (
            <ChildBirthDateForm caseId={caseId} onRecorded={() => send.mutate(version.version)} />
          )}
          <Button mt="s" disabled={send.isPending} onClick={() => send.mutate(version.version)}>
            {t('plan.send')}
          </Button>
        </>
      )}
      {turn.kind === 'answer' && <AnswerForm caseId={caseId} version={version} part={turn.part} />}
    </div>
  );
}

function AnswerForm({ caseId, version, part }: { caseId: string; version: PlanVersion; part: 'signs' | 'comments' }) {
  const { t } = useTranslation();
  const answer = useAnswerPlan(caseId);
  const [remark, setRemark] = useState('');
  const [missing, setMissing] = useState(false);
  const base = { version: version.version, contentHash: version.contentHash };
  const withRemark = (kind: 'comment' | 'decline') => (event: FormEvent) => {
    event.preventDefault();
    if (remark.trim() === '') return setMissing(true);
    setMissing(false);
    answer.mutate({ ...base, answer: kind, remark: remark.trim() });
  };
  return (
    <form noValidate className="plan-answer" onSubmit={withRemark(part === 'comments' ? 'comment' : 'decline')}>
      {answer.isError && <ProblemNotice error={answer.error} />}
      <Paragraph mt="s" mb="xs">
        {t(part === 'comments' ? 'plan.commentLead' : 'plan.signLead')}
      </Paragraph>
      <Button
        disabled={answer.isPending}
        onClick={() =>
          answer.mutate(
            { ...base, answer: 'sign' },
            // A signature needs a recent sign-in: off to sign in again, and back here to sign.
            {
              onError: (error) => needsStepUp(error) && window.location.assign(stepUpSignInUrl(window.location, version.version)),
            },
          )
        }
      >
        {t('plan.sign')}
      </Button>
      <Textarea
        id={`plan-remark-${version.version}`}
        labelText={t(part === 'comments' ? 'plan.comment' : 'plan.declineReason')}
        value={remark}
        onChange={(event) => setRemark(event.target.value)}
        fullWidth
        className="plan-answer__remark"
        {...(missing ? { status: 'error' as const, statusText: t('plan.remarkRequired') } : {})}
      />
      <Button type="submit" variant="secondary" disabled={answer.isPending}>
        {t(part === 'comments' ? 'plan.sendComment' : 'plan.decline')}
      </Button>
    </form>
  );
}
