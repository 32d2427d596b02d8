import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Textarea } from 'suomifi-ui-components';
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, caseApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';
import { ConfirmDialog } from '../shared/confirm-dialog.js';

/**
 * Takes someone off the child's care team, after asking (the system's dialog): from then on they no
 * longer see the case. A reason may be recorded; focus returns to the button that opened it.
 */
export function RemoveMemberButton({ caseId, memberId, name }: { caseId: string; memberId: string; name: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const opener = useRef<HTMLButtonElement>(null) as RefObject<HTMLButtonElement>; // the design system types refs before React 19's nullable ones
  const remove = useMutation({
    mutationFn: () =>
      answer(
        caseApi.DELETE('/cases/{caseId}/care-team/{memberId}', {
          params: { path: { caseId, memberId } },
          body: { reason: reason.trim() || null },
        }),
      ),
    onSuccess: () => {
      setOpen(false);
      void queryClient.invalidateQueries({ queryKey: queryKeys.case(caseId) });
    },
  });
  const close = () => {
    setOpen(false);
    remove.reset();
  };
  return (
    <>
      <Button
        variant="secondaryNoBorder"
        forwardedRef={opener}
        aria-label={t('careTeam.removeNamed', { name })}
        onClick={() => setOpen(true)}
      >
        {t('careTeam.remove')}
      </Button>
      <ConfirmDialog
        open={open}
        opener={opener}
        titleId="remove-member-title"
        title={t('careTeam.removeTitle', { name })}
        lead={t('careTeam.removeLead')}
        error={remove.isError ? remove.error : null}
        pending={remove.isPending}
        confirmText={t('careTeam.confirmRemove')}
        pendingText={t('careTeam.removing')}
        cancelText={t('careTeam.keep')}
        onConfirm={() => remove.mutate()}
        onCancel={close}
      >
        <Textarea
          labelText={t('careTeam.reason')}
          optionalText={t('common.optional')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          fullWidth
        />
      </ConfirmDialog>
    </>
  );
}
