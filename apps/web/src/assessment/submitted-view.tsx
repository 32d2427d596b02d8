import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, InlineAlert, Paragraph, Table, Textarea } from 'suomifi-ui-components';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, assessmentApi } from '../api/api-client.js';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate } from '../time/finnish-format.util.js';
import { invitationRole, type Assessment } from './assessment-page.util.js';
import { myContributionKey, useVisibleViews } from './assessment.queries.js';
import { wordsIn, type Answers, type Contribution } from './contribute.util.js';
import { useTextLimit } from './domain.fieldset.js';

type Addendum = Contribution['addenda'][number];

/** One's own view once sent: read-only, its addenda, and a form to add one (never an edit of the view). */
export function SubmittedView({
  caseId,
  assessment,
  contribution,
}: {
  caseId: string;
  assessment: Assessment;
  contribution: Contribution;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const sectionId = useId();
  // Sent a moment ago: the focus goes to the words saying so, not back to the top of the page.
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <InlineAlert status="neutral" mb="m">
        <Heading variant="h2" tabIndex={-1} forwardedRef={heading as RefObject<HTMLHeadingElement>}>
          {t('contribute.submitted', { date: formatDate(contribution.submittedAt!) })}
        </Heading>
      </InlineAlert>
      <PageSection title={t('contribute.yourView')} className="page-section--wide" headingId={sectionId}>
        {contribution.answers && <AnswersTable assessment={assessment} answers={contribution.answers} labelledBy={sectionId} />}
        <Addenda addenda={contribution.addenda} />
        {assessment.status === 'open' && <AddendumForm caseId={caseId} assessment={assessment} contribution={contribution} />}
      </PageSection>
    </>
  );
}

/** Per domain: the score with its anchor text, strengths, concerns and words; then what would make things better. */
export function AnswersTable({
  assessment,
  answers,
  labelledBy,
}: {
  assessment: Assessment;
  answers: Answers;
  labelledBy: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Table
        aria-labelledby={labelledBy}
        condensed
        columns={[
          { key: 'domain', labelText: t('contribute.domain') },
          { key: 'score', labelText: t('contribute.score') },
          { key: 'strengths', labelText: t('contribute.strengths') },
          { key: 'concerns', labelText: t('contribute.concerns') },
          { key: 'text', labelText: t('contribute.text') },
        ]}
        data={assessment.frame.domains.map((domain) => {
          const given = answers.domains[domain.key];
          const score = given?.score ?? null;
          return {
            id: domain.key,
            domain: wordsIn(domain.title, i18n.language),
            score:
              score === null
                ? t('contribute.none')
                : t('contribute.scaleOption', { score, anchor: wordsIn(domain.anchors[score - 1]!, i18n.language) }),
            strengths: given?.strengths || t('contribute.none'),
            concerns: given?.concerns || t('contribute.none'),
            text: given?.text || t('contribute.none'),
          };
        })}
      />
      {answers.betterIf && (
        <Paragraph mt="s">
          <strong>{t('contribute.betterIf')}</strong> {answers.betterIf}
        </Paragraph>
      )}
    </>
  );
}

function Addenda({ addenda }: { addenda: readonly Addendum[] }) {
  const { t } = useTranslation();
  if (addenda.length === 0) return null;
  return (
    <>
      <Heading variant="h3" mt="m" mb="xs">
        {t('contribute.addenda')}
      </Heading>
      <ul className="plain-list">
        {addenda.map((addendum) => (
          <li key={addendum.addendumId}>
            <Paragraph>{addendum.text}</Paragraph>
            <Paragraph className="secondary-text">
              {t('contribute.addedBy', { name: addendum.addedBy.displayName, date: formatDate(addendum.addedAt) })}
            </Paragraph>
          </li>
        ))}
      </ul>
    </>
  );
}

function AddendumForm({
  caseId,
  assessment,
  contribution,
}: {
  caseId: string;
  assessment: Assessment;
  contribution: Contribution;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const limit = useTextLimit();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [added, setAdded] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const add = useMutation({
    mutationFn: () =>
      answer(
        assessmentApi.POST('/cases/{caseId}/assessments/{assessmentId}/contributions/{invitationId}/addenda', {
          params: { path: { caseId, assessmentId: assessment.assessmentId, invitationId: contribution.invitationId } },
          body: { text: text.trim() },
        }),
      ),
    onSuccess: (view) => {
      setText('');
      setAdded(true);
      queryClient.setQueryData(myContributionKey(caseId, assessment.assessmentId), view);
    },
  });
  return (
    <form
      className="addendum-form"
      noValidate
      aria-label={t('contribute.addendum')}
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') {
          setMissing(true);
          field.current?.focus();
          return;
        }
        add.mutate();
      }}
    >
      <Textarea
        id="contribute-addendum"
        ref={field}
        labelText={t('contribute.addendum')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setMissing(false);
          setAdded(false);
        }}
        fullWidth
        {...limit(text)}
        hintText={`${t('contribute.addendumHint')} ${limit(text).hintText}`}
        {...(missing ? { status: 'error' as const, statusText: t('contribute.addendumRequired') } : {})}
        mt="m"
        mb="m"
      />
      {add.isError && <ProblemNotice error={add.error} />}
      {added && (
        <Paragraph role="status" mb="s">
          {t('contribute.addendumAdded')}
        </Paragraph>
      )}
      {add.isPending ? (
        <Button type="submit" loading ariaLoadingText={t('contribute.addingAddendum')}>
          {t('contribute.addAddendum')}
        </Button>
      ) : (
        <Button type="submit">{t('contribute.addAddendum')}</Button>
      )}
    </form>
  );
}

/**
 * The others' submitted views, as the service shows this reader: none before one's own is sent when
 * the assessment is blind (it is not even asked), and only the information classes open to the reader.
 */
export function OthersViews({
  caseId,
  assessment,
  contribution,
}: {
  caseId: string;
  assessment: Assessment;
  contribution: Contribution;
}) {
  const { t } = useTranslation();
  const visible = contribution.submittedAt !== null || !assessment.blindUntilSubmitted;
  const views = useVisibleViews(caseId, assessment.assessmentId, visible);
  const others = views.data?.views.filter((view) => view.invitationId !== contribution.invitationId) ?? [];
  return (
    <PageSection title={t('contribute.othersTitle')} className="page-section--wide">
      {!visible ? (
        <EmptyState>{t('contribute.othersBlind')}</EmptyState>
      ) : views.isPending ? (
        <LoadingState />
      ) : views.isError ? (
        <ProblemNotice error={views.error} onRetry={() => void views.refetch()} />
      ) : others.length === 0 ? (
        <EmptyState>{t('contribute.othersNone')}</EmptyState>
      ) : (
        others.map((view) => {
          const headingId = `view-${view.invitationId}`;
          return (
            <div key={view.invitationId} className="other-view">
              <Heading variant="h3" id={headingId} mt="m" mb="xs">
                {t('contribute.viewBy', { name: view.displayName, role: invitationRole(view, t) })}
              </Heading>
              <AnswersTable assessment={assessment} answers={view.answers} labelledBy={headingId} />
              <Addenda addenda={view.addenda} />
            </div>
          );
        })
      )}
    </PageSection>
  );
}
