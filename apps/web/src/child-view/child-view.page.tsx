import { Button, Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../api/api-problem.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { LoadingState } from '../shared/loading-state.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate, formatTime } from '../time/finnish-format.util.js';
import { ChildFormFields } from './child-form.js';
import { ChildAnswersList } from './child-answers.list.js';
import { useAssessment, useMyContribution, useSaveChildView } from './child-view.queries.js';
import { childAnswers, childFormFrom, saysNotSafe, saysSomething, tooLong, type ChildForm } from './child-view.util.js';

/**
 * The child's (12+) or young person's own form, after signing in: plain words, five faces per
 * domain, their own words and what would make things better; saved to carry on later, then sent once.
 * Works on a phone. A saddest face on safety is met with a calm thank-you (the service tells the
 * worker at once), never with alarm.
 */
export function ChildViewPage() {
  const { caseId = '', assessmentId = '' } = useParams();
  const { t } = useTranslation();
  const assessment = useAssessment(caseId, assessmentId);
  const invited = assessment.isSuccess && assessment.data.myInvitationId !== null;
  const contribution = useMyContribution(caseId, assessmentId, invited);
  usePageTitle(assessment.isError && isNotFound(assessment.error) ? null : t('childVoice.title'));

  if (assessment.isPending) return <LoadingState />;
  if (assessment.isError)
    return isNotFound(assessment.error) ? (
      <NotFoundPage />
    ) : (
      <ProblemNotice error={assessment.error} onRetry={() => void assessment.refetch()} />
    );
  const backLink = (
    <Paragraph mt="l">
      <RouterLink asComponent={Link} to={`/cases/${caseId}`}>
        {t('childVoice.backToCase')}
      </RouterLink>
    </Paragraph>
  );
  if (!invited) return <NotFoundPage />;
  if (contribution.isPending) return <LoadingState />;
  if (contribution.isError) return <ProblemNotice error={contribution.error} onRetry={() => void contribution.refetch()} />;

  const { frame, lead, status } = assessment.data;
  const mine = contribution.data;
  return (
    <div className="narrow-page">
      <Heading variant="h1" mb="xs">
        {t('childVoice.title')}
      </Heading>
      {mine.submittedAt ? (
        <Sent frame={frame} answers={mine.answers} submittedAt={mine.submittedAt} />
      ) : status === 'completed' ? (
        <Paragraph mb="m">{t('childVoice.completed')}</Paragraph>
      ) : (
        <>
          <Paragraph className="page-lead" mb="xs">
            {t('childVoice.lead')}
          </Paragraph>
          <Paragraph mb="xs">{t('childVoice.whoReads', { lead: lead.displayName })}</Paragraph>
          <Paragraph mb="m">{t('childVoice.dueOn', { date: formatDate(mine.dueOn) })}</Paragraph>
          <Form caseId={caseId} assessmentId={assessmentId} frame={frame} version={mine.version} saved={mine.answers} />
        </>
      )}
      {backLink}
    </div>
  );
}

function Sent({
  frame,
  answers,
  submittedAt,
}: {
  frame: Parameters<typeof ChildFormFields>[0]['frame'];
  answers: Parameters<typeof childFormFrom>[1];
  submittedAt: string;
}) {
  const { t } = useTranslation();
  const form = childFormFrom(frame, answers);
  return (
    <>
      <InlineAlert status="neutral" mb="m" role="status">
        <Paragraph>{t('childVoice.sent')}</Paragraph>
        <Paragraph>{t('childVoice.sentLead')}</Paragraph>
      </InlineAlert>
      {saysNotSafe(form) && <SafetyThanks />}
      <Paragraph mb="m">{t('childVoice.sentOn', { date: formatDate(submittedAt) })}</Paragraph>
      <ChildAnswersList frame={frame} form={form} headingKey="childVoice.yourAnswers" />
    </>
  );
}

/** The calm thank-you after a child said they do not feel safe: what happens now, and where help is at once. */
export function SafetyThanks() {
  const { t } = useTranslation();
  return (
    <InlineAlert status="neutral" mb="m" role="status">
      <Paragraph>{t('childVoice.safetyThanks')}</Paragraph>
      <Paragraph>{t('childVoice.safetyHelp')}</Paragraph>
    </InlineAlert>
  );
}

function Form({
  caseId,
  assessmentId,
  frame,
  version,
  saved,
}: {
  caseId: string;
  assessmentId: string;
  frame: Parameters<typeof ChildFormFields>[0]['frame'];
  version: number;
  saved: Parameters<typeof childFormFrom>[1];
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ChildForm>(() => childFormFrom(frame, saved));
  const [emptyTried, setEmptyTried] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [toldNotSafe, setToldNotSafe] = useState(() => saysNotSafe(childFormFrom(frame, saved)));
  const save = useSaveChildView(caseId, assessmentId);
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (toldNotSafe) statusRef.current?.focus();
  }, [toldNotSafe]);

  const submit = (send: boolean) => {
    if (tooLong(form).length > 0) return;
    if (send && !saysSomething(form)) return setEmptyTried(true);
    setEmptyTried(false);
    save.mutate(
      { expectedVersion: version, answers: childAnswers(frame, form), send },
      {
        onSuccess: (view) => {
          setSavedAt(view.savedAt);
          if (saysNotSafe(form)) setToldNotSafe(true);
        },
      },
    );
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(true);
      }}
    >
      <div ref={statusRef} tabIndex={-1}>
        {toldNotSafe && <SafetyThanks />}
      </div>
      <ChildFormFields frame={frame} form={form} onChange={setForm} disabled={save.isPending} />
      <Paragraph mt="l" mb="s">
        {t('childVoice.sendNote')}
      </Paragraph>
      {emptyTried && (
        <InlineAlert status="warning" mb="s" role="alert">
          <Paragraph>{t('childVoice.saySomething')}</Paragraph>
        </InlineAlert>
      )}
      {save.isError && <ProblemNotice error={save.error} />}
      <div className="child-form__actions">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending && save.variables?.send ? t('childVoice.sending') : t('childVoice.send')}
        </Button>
        <Button type="button" variant="secondary" disabled={save.isPending} onClick={() => submit(false)}>
          {save.isPending && !save.variables?.send ? t('childVoice.saving') : t('childVoice.save')}
        </Button>
      </div>
      <p aria-live="polite" className="secondary-text">
        {savedAt ? t('childVoice.savedAt', { time: formatTime(savedAt) }) : ''}
      </p>
    </form>
  );
}
