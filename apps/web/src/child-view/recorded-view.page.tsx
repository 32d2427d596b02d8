import { Button, Heading, InlineAlert, Paragraph, RouterLink, Textarea } from 'suomifi-ui-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../api/api-problem.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { LoadingState } from '../shared/loading-state.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { ChildFormFields } from './child-form.js';
import { ChildDraftExists, useAssessment, useRecordChildView } from './child-view.queries.js';
import { childAnswers, childFormFrom, saysNotSafe, saysSomething, tooLong, type ChildForm } from './child-view.util.js';

const HOW_LIMIT = 2000;

/**
 * The social worker records the child's view with the child, on the child's own form: marked as
 * recorded by them, with how the child's view was found out (LSL 30 §), and sent at once. A draft the
 * child saved meanwhile is never replaced without the worker being told first.
 */
export function RecordedViewPage() {
  const { caseId = '', assessmentId = '', invitationId = '' } = useParams();
  const { t } = useTranslation();
  const assessment = useAssessment(caseId, assessmentId);
  usePageTitle(assessment.isError && isNotFound(assessment.error) ? null : t('childVoice.recorded.title'));
  if (assessment.isPending) return <LoadingState />;
  if (assessment.isError)
    return isNotFound(assessment.error) ? (
      <NotFoundPage />
    ) : (
      <ProblemNotice error={assessment.error} onRetry={() => void assessment.refetch()} />
    );
  const invitation = assessment.data.invitations.find((candidate) => candidate.invitationId === invitationId);
  if (!invitation || invitation.participantKind !== 'child') return <NotFoundPage />;
  return (
    <div className="narrow-page">
      <Heading variant="h1" mb="xs">
        {t('childVoice.recorded.title')}
      </Heading>
      <Paragraph className="page-lead" mb="xs">
        {t('childVoice.recorded.lead')}
      </Paragraph>
      <Paragraph mb="m">{t('childVoice.recorded.child', { name: invitation.displayName })}</Paragraph>
      {invitation.progress === 'submitted' ? (
        <InlineAlert status="neutral" mb="m">
          <Paragraph>{t('childVoice.recorded.done')}</Paragraph>
          {invitation.recordedBy && (
            <Paragraph>
              {t('childVoice.recorded.doneBy', { name: invitation.recordedBy.displayName, how: invitation.recordedBy.how })}
            </Paragraph>
          )}
        </InlineAlert>
      ) : assessment.data.status === 'completed' ? (
        <Paragraph mb="m">{t('problem.assessment_already_completed')}</Paragraph>
      ) : (
        <RecordForm caseId={caseId} assessmentId={assessmentId} invitationId={invitationId} frame={assessment.data.frame} />
      )}
      <Paragraph mt="l">
        <RouterLink asComponent={Link} to={`/cases/${caseId}/assessments/${assessmentId}`}>
          {t('childVoice.recorded.backToAssessment')}
        </RouterLink>
      </Paragraph>
    </div>
  );
}

function RecordForm({
  caseId,
  assessmentId,
  invitationId,
  frame,
}: {
  caseId: string;
  assessmentId: string;
  invitationId: string;
  frame: Parameters<typeof ChildFormFields>[0]['frame'];
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [form, setForm] = useState<ChildForm>(() => childFormFrom(frame, null));
  const [how, setHow] = useState('');
  const [tried, setTried] = useState(false);
  const [emptyTried, setEmptyTried] = useState(false);
  const record = useRecordChildView(caseId, assessmentId, invitationId);
  const childDraft = record.error instanceof ChildDraftExists ? record.error : null;
  const howMissing = how.trim() === '';
  const howTooLong = how.trim().length > HOW_LIMIT;

  const send = (expectedVersion: number) => {
    setTried(true);
    setEmptyTried(!saysSomething(form));
    if (howMissing || howTooLong || !saysSomething(form) || tooLong(form).length > 0) return;
    record.mutate({ expectedVersion, answers: childAnswers(frame, form), howFoundOut: how.trim() });
  };
  if (record.isSuccess)
    return (
      <InlineAlert status="neutral" mb="m" role="status">
        <Paragraph>{t('childVoice.recorded.done')}</Paragraph>
        {saysNotSafe(form) && <Paragraph>{t('childVoice.recorded.safetyNoted')}</Paragraph>}
      </InlineAlert>
    );
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send(0);
      }}
    >
      <Paragraph mb="m">{t('childVoice.recorded.recorder', { name: me.displayName })}</Paragraph>
      <Textarea
        labelText={t('childVoice.recorded.howFoundOut')}
        hintText={t('childVoice.recorded.howFoundOutHint')}
        value={how}
        fullWidth
        status={tried && (howMissing || howTooLong) ? 'error' : 'default'}
        statusText={
          tried && howMissing
            ? t('childVoice.recorded.howMissing')
            : howTooLong
              ? t('childVoice.tooLong', { limit: HOW_LIMIT })
              : undefined
        }
        onChange={(event) => setHow(event.target.value)}
      />
      <ChildFormFields frame={frame} form={form} onChange={setForm} disabled={record.isPending} />
      {emptyTried && (
        <InlineAlert status="warning" mt="m" role="alert">
          <Paragraph>{t('childVoice.saySomething')}</Paragraph>
        </InlineAlert>
      )}
      {childDraft && (
        <InlineAlert status="warning" mt="m" role="alert">
          <Paragraph>{t('childVoice.recorded.childDraft')}</Paragraph>
          <Button variant="secondary" mt="xs" onClick={() => send(childDraft.currentVersion)}>
            {t('childVoice.recorded.sendAnyway')}
          </Button>
        </InlineAlert>
      )}
      {record.isError && !childDraft && <ProblemNotice error={record.error} />}
      <div className="child-form__actions">
        <Button type="submit" disabled={record.isPending}>
          {t('childVoice.recorded.send')}
        </Button>
      </div>
    </form>
  );
}
