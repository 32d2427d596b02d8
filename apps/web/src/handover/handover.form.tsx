import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, InlineAlert, Paragraph, RouterLink, SpacingProvider, Textarea } from 'suomifi-ui-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { answer, caseApi } from '../api/api-client.js';
import type { CaseForReader } from '../api/case-coordination.types.js';
import { queryKeys } from '../api/query-keys.js';
import type { Person } from '../people/person.types.js';
import { PersonSearch } from '../people/person-search.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { FactList } from '../shared/fact-list.js';
import { FormErrorSummary } from '../shared/form-error-summary.js';
import { formMargins } from '../shared/form-spacing.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { useWorkerCaseload } from './handover.queries.js';
import {
  caseloadAfterHandover,
  handoverErrorsFromProblem,
  handoverFields,
  maySeeCaseloadOf,
  toHandoverCommand,
  type HandoverCommand,
  type HandoverErrors,
  type HandoverForm,
} from './handover.util.js';
import { WorkerCaseloadPanel } from './worker-caseload.panel.js';

const inputIds: Record<(typeof handoverFields)[number], string> = {
  person: 'handover-worker',
  overrideReason: 'handover-override-reason',
};
const labels: Record<(typeof handoverFields)[number], string> = {
  person: 'handover.worker',
  overrideReason: 'handover.overrideReason',
};

/**
 * Choose the new responsible worker among the social workers, see their caseload against the limit
 * before confirming (where the service shows it to the reader), and confirm. Over the limit only a
 * service manager goes on, giving the reason the event records. The case page then shows the new
 * worker and the timeline the change; a service manager who does not read the case is told here.
 */
export function HandoverFormView({ caseId, kase }: { caseId: string; kase: CaseForReader | null }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<HandoverForm>({ person: null, overrideReason: '' });
  const [errors, setErrors] = useState<HandoverErrors>({});
  const [done, setDone] = useState<string | null>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const serviceManager = me.roles.includes('service-manager');
  const seesCaseload = form.person !== null && maySeeCaseloadOf(form.person.userId, me);
  const caseload = useWorkerCaseload(seesCaseload ? form.person!.userId : null);
  const standing = caseload.isSuccess ? caseloadAfterHandover(caseload.data) : null;

  const showErrors = (found: HandoverErrors) => {
    setErrors(found);
    requestAnimationFrame(() => summaryHeading.current?.focus());
  };
  const handOver = useMutation({
    mutationFn: (command: HandoverCommand) =>
      answer(caseApi.POST('/cases/{caseId}/responsible-worker', { params: { path: { caseId } }, body: command })),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ['caseload'] });
      if (!kase) return setDone(result.responsibleWorker.displayName);
      void queryClient.invalidateQueries({ queryKey: queryKeys.case(caseId) });
      void navigate(`/cases/${caseId}`);
    },
    onError: (error) => {
      const tied = handoverErrorsFromProblem(error);
      if (tied) showErrors(tied);
    },
  });
  const refusedElsewhere = handOver.isError && handoverErrorsFromProblem(handOver.error) === null;

  function choose(person: Person | null) {
    setForm((current) => ({ ...current, person }));
    setErrors({});
    handOver.reset();
  }
  function submit() {
    const result = toHandoverCommand(form, {
      currentWorkerId: kase?.responsibleWorker?.userId ?? null,
      overLimit: standing?.overLimit ?? false,
      serviceManager,
    });
    if ('errors' in result) return showErrors(result.errors);
    setErrors({});
    handOver.mutate(result.command);
  }

  if (done) {
    return (
      <>
        <Heading variant="h1" mb="m">
          {t('handover.title')}
        </Heading>
        <InlineAlert status="neutral" role="status" mb="m">
          {t('handover.doneWithoutCase', { name: done })}
        </InlineAlert>
        <RouterLink asComponent={Link} to="/">
          {t('handover.home')}
        </RouterLink>
      </>
    );
  }
  return (
    <>
      <Heading variant="h1" mb="xs">
        {t('handover.title')}
      </Heading>
      <Paragraph className="page-lead" mb="m">
        {t(kase ? 'handover.lead' : 'handover.leadWithoutCase')}
      </Paragraph>
      {kase && (
        <FactList
          facts={[
            { label: t('handover.child'), value: kase.child?.name ?? undefined },
            { label: t('handover.current'), value: kase.responsibleWorker?.displayName ?? undefined },
          ]}
        />
      )}
      <form
        className="handover-form"
        noValidate
        aria-label={t('handover.title')}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <FormErrorSummary
          fields={handoverFields}
          errors={errors}
          labels={labels}
          inputIds={inputIds}
          headingText={t('handover.errorSummary')}
          headingRef={summaryHeading}
          headingVariant="h2"
        />
        {refusedElsewhere && <ProblemNotice error={handOver.error} />}
        <SpacingProvider margins={formMargins}>
          <PersonSearch
            id={inputIds.person}
            labelText={t('handover.worker')}
            role="cp-social-worker"
            chosen={form.person}
            onChoose={choose}
            error={errors.person}
          />
          {form.person && (
            <WorkerCaseloadPanel
              name={form.person.displayName}
              seen={seesCaseload}
              caseload={caseload}
              standing={standing}
              serviceManager={serviceManager}
            />
          )}
          {standing?.overLimit && serviceManager && (
            <Textarea
              id={inputIds.overrideReason}
              labelText={t('handover.overrideReason')}
              hintText={t('handover.overrideHint')}
              value={form.overrideReason}
              onChange={(event) => {
                setForm((current) => ({ ...current, overrideReason: event.target.value }));
                setErrors((current) => ({ person: current.person }));
              }}
              fullWidth
              {...(errors.overrideReason ? { status: 'error' as const, statusText: t(errors.overrideReason) } : {})}
            />
          )}
        </SpacingProvider>
        <div className="form-row">
          {handOver.isPending ? (
            <Button type="submit" loading ariaLoadingText={t('handover.confirming')}>
              {t('handover.confirm')}
            </Button>
          ) : (
            <Button type="submit">{t('handover.confirm')}</Button>
          )}
          {kase && (
            <RouterLink asComponent={Link} to={`/cases/${caseId}`}>
              {t('handover.cancel')}
            </RouterLink>
          )}
        </div>
      </form>
    </>
  );
}
