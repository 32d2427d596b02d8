import { Button, Dropdown, DropdownItem, Heading, InlineAlert, Paragraph, RouterLink, Textarea } from 'suomifi-ui-components';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyCases } from '../home/home.queries.js';
import { EmptyState } from '../shared/empty-state.js';
import { FactList } from '../shared/fact-list.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate, formatDateTime } from '../time/finnish-format.util.js';
import { useMyActions, useUpdateAction } from './my-actions.queries.js';
import { actionStatuses, childNameOf, isOpen, toActionUpdate, type ActionStatus, type MyAction } from './my-actions.util.js';

/**
 * A professional's own plan actions, across their cases: those they or their agency are responsible
 * for in each plan in force, overdue ones first and said so in words. Each is moved here: its status
 * and a note on how it goes, which the case's timeline then shows.
 */
export function MyActionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('myActions.title'));
  const actions = useMyActions();
  const cases = useMyCases();
  const open = actions.data?.filter(isOpen) ?? [];
  const settled = actions.data?.filter((action) => !isOpen(action)) ?? [];
  return (
    <>
      <Heading variant="h1" mb="xs">
        {t('myActions.title')}
      </Heading>
      <Paragraph className="page-lead" mb="m">
        {t('myActions.lead')}
      </Paragraph>
      {actions.isPending ? (
        <LoadingState />
      ) : actions.isError ? (
        <ProblemNotice error={actions.error} onRetry={() => void actions.refetch()} />
      ) : actions.data.length === 0 ? (
        <EmptyState>{t('myActions.empty')}</EmptyState>
      ) : (
        <>
          <PageSection title={t('myActions.open', { count: open.length })}>
            {open.length === 0 ? (
              <EmptyState>{t('myActions.noneOpen')}</EmptyState>
            ) : (
              open.map((action) => (
                <ActionCard
                  key={`${action.caseId}/${action.actionId}`}
                  action={action}
                  childName={childNameOf(action.caseId, cases.data)}
                />
              ))
            )}
          </PageSection>
          {settled.length > 0 && (
            <PageSection title={t('myActions.settled', { count: settled.length })}>
              {settled.map((action) => (
                <ActionCard
                  key={`${action.caseId}/${action.actionId}`}
                  action={action}
                  childName={childNameOf(action.caseId, cases.data)}
                />
              ))}
            </PageSection>
          )}
        </>
      )}
    </>
  );
}

function ActionCard({ action, childName }: { action: MyAction; childName: string | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <article className={`my-action${action.overdue ? ' my-action--overdue' : ''}`} aria-labelledby={headingId}>
      <Heading variant="h3" id={headingId} mb="xs">
        {action.what}
      </Heading>
      {action.overdue && (
        <InlineAlert status="warning" mb="xs">
          {t('myActions.overdue', { due: formatDate(action.due) })}
        </InlineAlert>
      )}
      <FactList
        facts={[
          {
            label: t('myActions.child'),
            value: (
              <RouterLink asComponent={Link} to={`/cases/${action.caseId}/plan`}>
                {childName ? t('myActions.planOf', { name: childName }) : t('myActions.plan')}
              </RouterLink>
            ),
          },
          { label: t('myActions.responsible'), value: `${action.responsible.name} (${t(`agency.${action.agency}`)})` },
          { label: t('myActions.when'), value: `${formatDate(action.start)}–${formatDate(action.due)}` },
          { label: t('myActions.status'), value: t(`planAgency.statusOf.${action.status}`) },
          {
            label: t('myActions.latest'),
            value:
              action.updatedAt && action.updatedBy
                ? t('myActions.latestBy', { name: action.updatedBy, at: formatDateTime(action.updatedAt) }) +
                  (action.note ? `: ${action.note}` : '')
                : undefined,
          },
        ]}
      />
      <UpdateForm action={action} />
    </article>
  );
}

function UpdateForm({ action }: { action: MyAction }) {
  const { t } = useTranslation();
  const update = useUpdateAction();
  const [form, setForm] = useState<{ status: ActionStatus; note: string }>({ status: action.status, note: '' });
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const id = `my-action-${action.caseId}-${action.actionId}`;
  return (
    <form
      className="my-action__update"
      noValidate
      aria-label={t('myActions.updateOf', { what: action.what })}
      onSubmit={(event) => {
        event.preventDefault();
        setDone(false);
        const result = toActionUpdate(action.status, form);
        if ('error' in result) return setError(result.error);
        setError(null);
        update.mutate(
          { caseId: action.caseId, actionId: action.actionId, body: result.update },
          {
            onSuccess: () => {
              setDone(true);
              setForm((current) => ({ ...current, note: '' }));
            },
          },
        );
      }}
    >
      {update.isError && <ProblemNotice error={update.error} />}
      <div className="form-row">
        <Dropdown<ActionStatus>
          id={`${id}-status`}
          labelText={t('myActions.newStatus')}
          value={form.status}
          onChange={(status) => setForm({ ...form, status })}
        >
          {actionStatuses.map((status) => (
            <DropdownItem key={status} value={status}>
              {t(`planAgency.statusOf.${status}`)}
            </DropdownItem>
          ))}
        </Dropdown>
      </div>
      <Textarea
        id={`${id}-note`}
        labelText={t('myActions.note')}
        optionalText={t('common.optional')}
        value={form.note}
        onChange={(event) => setForm({ ...form, note: event.target.value })}
        fullWidth
        {...(error ? { status: 'error' as const, statusText: t(error) } : {})}
      />
      {update.isPending ? (
        <Button type="submit" loading ariaLoadingText={t('myActions.saving')} mt="xs">
          {t('myActions.save')}
        </Button>
      ) : (
        <Button type="submit" mt="xs">
          {t('myActions.save')}
        </Button>
      )}
      {done && (
        <Paragraph role="status" mt="xs">
          {t('myActions.saved')}
        </Paragraph>
      )}
    </form>
  );
}
