import { Button, Heading, Modal, ModalContent, ModalFooter, ModalTitle, Paragraph } from 'suomifi-ui-components';
import { useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../shared/problem-notice.js';
import { useFinalise } from './meeting.queries.js';

/** The element the design system's dialogs hide from assistive technology while open (index.html). */
const appElementId = 'root';

/**
 * The coordinator finalises the minutes after asking (the system's dialog): the decisions go onto the
 * cases' timelines and the minutes take only amendments from then on. Others are told who does it.
 */
export function FinaliseSection({
  meetingId,
  coordinates,
  onFinalised,
}: {
  meetingId: string;
  coordinates: boolean;
  onFinalised: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const finalise = useFinalise(meetingId);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null) as RefObject<HTMLButtonElement>; // the design system types refs before React 19's nullable ones
  const close = () => {
    setOpen(false);
    finalise.reset();
  };
  return (
    <section aria-labelledby={headingId} className="meeting-finalise">
      <Heading variant="h2" id={headingId} className="meeting-part__heading">
        {t('meeting.finaliseTitle')}
      </Heading>
      <Paragraph mb="s">{t('meeting.finaliseLead')}</Paragraph>
      {coordinates ? (
        <Button forwardedRef={opener} onClick={() => setOpen(true)}>
          {t('meeting.finalise')}
        </Button>
      ) : (
        <Paragraph>{t('meeting.onlyCoordinator')}</Paragraph>
      )}
      <Modal
        visible={open}
        appElementId={appElementId}
        onEscKeyDown={close}
        focusOnCloseRef={opener}
        ariaLabelledBy="finalise-title"
      >
        <ModalContent>
          <ModalTitle id="finalise-title">{t('meeting.finaliseQuestion')}</ModalTitle>
          <Paragraph mb="m">{t('meeting.finaliseLead')}</Paragraph>
          {finalise.isError && <ProblemNotice error={finalise.error} />}
        </ModalContent>
        <ModalFooter>
          {finalise.isPending ? (
            <Button loading ariaLoadingText={t('meeting.finalising')}>
              {t('meeting.finalise')}
            </Button>
          ) : (
            <Button
              onClick={() =>
                finalise.mutate(undefined, {
                  onSuccess: () => {
                    setOpen(false);
                    onFinalised();
                  },
                })
              }
            >
              {t('meeting.finalise')}
            </Button>
          )}
          <Button variant="secondary" onClick={close}>
            {t('meeting.keepOpen')}
          </Button>
        </ModalFooter>
      </Modal>
    </section>
  );
}
