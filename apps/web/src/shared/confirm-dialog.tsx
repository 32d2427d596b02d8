import { Button, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph } from 'suomifi-ui-components';
import type { ReactNode, RefObject } from 'react';
import { ProblemNotice } from './problem-notice.js';

/** The element the design system's dialogs hide from assistive technology while open (index.html). */
const appElementId = 'root';

/**
 * The system's dialog that asks before an action that cannot be taken back: a title, a lead paragraph,
 * anything the action needs (a reason), the service's refusal if it came, and the confirming and
 * cancelling buttons; Escape cancels and the focus returns to the opener. While the action runs, the
 * confirming button shows it is working.
 */
export function ConfirmDialog({
  open,
  opener,
  titleId,
  title,
  lead,
  children,
  error,
  pending,
  confirmText,
  pendingText,
  cancelText,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  opener: RefObject<HTMLButtonElement>;
  titleId: string;
  title: string;
  lead: string;
  children?: ReactNode;
  /** The failed action's error, shown as a problem notice; null when there is none. */
  error: unknown;
  pending: boolean;
  confirmText: string;
  pendingText: string;
  cancelText: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Modal visible={open} appElementId={appElementId} onEscKeyDown={onCancel} focusOnCloseRef={opener} ariaLabelledBy={titleId}>
      <ModalContent>
        <ModalTitle id={titleId}>{title}</ModalTitle>
        <Paragraph mb="m">{lead}</Paragraph>
        {children}
        {error != null && <ProblemNotice error={error} />}
      </ModalContent>
      <ModalFooter>
        {pending ? (
          <Button type="button" loading ariaLoadingText={pendingText}>
            {confirmText}
          </Button>
        ) : (
          <Button type="button" onClick={onConfirm}>
            {confirmText}
          </Button>
        )}
        <Button type="button" variant="secondary" onClick={onCancel}>
          {cancelText}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
