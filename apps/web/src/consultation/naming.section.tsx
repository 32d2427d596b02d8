import {
  Button,
  Dropdown,
  DropdownItem,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
  SpacingProvider,
} from 'suomifi-ui-components';
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiProblem } from '../api/api-problem.js';
import { useMyCases } from '../home/home.queries.js';
import { ConfirmDialog } from '../shared/confirm-dialog.js';
import { formMargins } from '../shared/form-spacing.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useNameConsultation } from './consultation-booking.queries.js';
import {
  groundOpen,
  mayBeNamed,
  namingErrors,
  namingGrounds,
  namingRefusals,
  type NamingErrors,
  type NamingForm,
  type NamingGround,
} from './naming.util.js';
import type { Booking } from './outcome.form.util.js';

/**
 * Linking an anonymous consultation to the child's case, on the consultation's own page: for one still
 * anonymous, what the law allows is said first (the guardian's consent to every agency that took part,
 * or a notification or referral the law requires), then the system's dialog asks for the case and the
 * ground. Once linked, when and on what ground, and the way to the case's consultations.
 */
export function NamingSection({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  if (booking.named && booking.caseId) {
    return (
      <PageSection title={t('consultationNaming.title')}>
        <InlineAlert status="neutral" mb="s" role="status">
          <Paragraph>
            {t('consultationNaming.done', {
              date: formatDate(booking.named.namedAt),
              ground: t(`timelineDetail.namingGround.${booking.named.ground}`),
            })}
          </Paragraph>
        </InlineAlert>
        <RouterLink asComponent={Link} to={`/cases/${booking.caseId}/consultations`}>
          {t('consultationNaming.toCase')}
        </RouterLink>
      </PageSection>
    );
  }
  if (!mayBeNamed(booking)) return null;
  return (
    <PageSection title={t('consultationNaming.title')}>
      <Paragraph mb="s">{t('consultationNaming.lead')}</Paragraph>
      <NamingDialogButton booking={booking} />
    </PageSection>
  );
}

function NamingDialogButton({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const cases = useMyCases();
  const name = useNameConsultation(booking.bookingId);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<NamingForm>({ caseId: null, ground: null });
  const [errors, setErrors] = useState<NamingErrors>({});
  const opener = useRef<HTMLButtonElement>(null) as RefObject<HTMLButtonElement>; // the design system types refs before React 19's nullable ones

  if (cases.isPending) return <LoadingState />;
  if (cases.isError) return <ProblemNotice error={cases.error} onRetry={() => void cases.refetch()} />;
  if (cases.data.length === 0) return <Paragraph>{t('consultationNaming.noCases')}</Paragraph>;

  const close = () => {
    setOpen(false);
    setErrors({});
    name.reset();
  };
  const confirm = () => {
    const found = namingErrors(form);
    setErrors(found);
    if (Object.keys(found).length > 0 || form.caseId === null || form.ground === null) return;
    name.mutate({ caseId: form.caseId, ground: form.ground }, { onSuccess: () => setOpen(false) });
  };
  const refusal = isApiProblem(name.error) && namingRefusals.includes(name.error.code) ? name.error.code : null;

  return (
    <>
      <Button variant="secondary" forwardedRef={opener} onClick={() => setOpen(true)}>
        {t('consultationNaming.open')}
      </Button>
      <ConfirmDialog
        open={open}
        opener={opener}
        titleId="naming-title"
        title={t('consultationNaming.dialogTitle')}
        lead={t('consultationNaming.dialogLead')}
        error={name.isError && refusal === null ? name.error : null}
        pending={name.isPending}
        confirmText={t('consultationNaming.confirm')}
        pendingText={t('consultationNaming.confirming')}
        cancelText={t('consultationNaming.cancel')}
        onConfirm={confirm}
        onCancel={close}
      >
        <SpacingProvider margins={formMargins}>
          <Dropdown<string>
            id="naming-case"
            fullWidth
            labelText={t('consultationNaming.caseLabel')}
            visualPlaceholder={t('consultationBooking.choose')}
            value={form.caseId}
            onChange={(caseId) => (setForm((current) => ({ ...current, caseId })), name.reset())}
            {...(errors.caseId ? { status: 'error' as const, statusText: t(errors.caseId) } : {})}
          >
            {cases.data.map((kase) => (
              <DropdownItem key={kase.id} value={kase.id ?? ''}>
                {kase.childName
                  ? t('consultationNaming.caseOption', { child: kase.childName, date: formatDate(kase.receivedAt ?? '') })
                  : t('consultationNaming.caseOptionUnnamed', { date: formatDate(kase.receivedAt ?? '') })}
              </DropdownItem>
            ))}
          </Dropdown>
          <RadioButtonGroup
            id="naming-ground"
            name="naming-ground"
            labelText={t('consultationNaming.groundLegend')}
            value={form.ground ?? undefined}
            onChange={(ground) => (setForm((current) => ({ ...current, ground: ground as NamingGround })), name.reset())}
            {...(errors.ground ? { groupStatus: 'error' as const, groupStatusText: t(errors.ground) } : {})}
          >
            {namingGrounds.map((ground) => (
              <RadioButton
                key={ground}
                value={ground}
                disabled={!groundOpen(ground, booking)}
                hintText={t(groundOpen(ground, booking) ? `consultationNaming.hint.${ground}` : 'consultationNaming.hintNotYet')}
              >
                {t(`consultationNaming.ground.${ground}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        </SpacingProvider>
        {refusal && (
          <InlineAlert status="error" role="alert">
            <Paragraph>{t(`consultationNaming.refused.${refusal}`)}</Paragraph>
          </InlineAlert>
        )}
      </ConfirmDialog>
    </>
  );
}
