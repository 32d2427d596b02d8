import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph, Textarea } from 'suomifi-ui-components';
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, caseApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';
import { ProblemNotice } from '../shared/problem-notice.js';

/** The element the design system's dialogs hide from assistive technology while open (index.html). */
const appElementId = 'root';

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
      <Modal
        visible={open}
        appElementId={appElementId}
        onEscKeyDown={close}
        focusOnCloseRef={opener}
        ariaLabelledBy="remove-member-title"
      >
        <ModalContent>
          <ModalTitle id="remove-member-title">{t('careTeam.removeTitle', { name })}</ModalTitle>
          <Paragraph mb="m">{t('careTeam.removeLead')}</Paragraph>
          <Textarea
            labelText={t('careTeam.reason')}
            optionalText={t('common.optional')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            fullWidth
          />
          {remove.isError && <ProblemNotice error={remove.error} />}
        </ModalContent>
        <ModalFooter>
          {remove.isPending ? (
            <Button loading ariaLoadingText={t('careTeam.removing')}>
              {t('careTeam.confirmRemove')}
            </Button>
          ) : (
            <Button onClick={() => remove.mutate()}>{t('careTeam.confirmRemove')}</Button>
          )}
          <Button variant="secondary" onClick={close}>
            {t('careTeam.keep')}
          </Button>
        </ModalFooter>
      </Modal>
    </>
  );
}
