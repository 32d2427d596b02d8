import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/assessment.openapi.js';
import { useFrameWords } from '../child-view/frame-words.hook.js';
import { ConfirmDialog } from '../shared/confirm-dialog.js';
import type { Matrix } from './disagreement.util.js';
import { useCompleteAssessment } from './synthesis.queries.js';
import { synthesisBody, unkeptOpposites, type SynthesisForm } from './synthesis-form.util.js';

type Frame = components['schemas']['AssessmentFrame'];

/**
 * Completes the assessment after asking (the system's dialog): the synthesis is saved as it is in the
 * editor and the assessment completed on that version. What the service would refuse — opposite views
 * not kept, no summary for the family — is said first, naming the domains.
 */
export function CompleteButton({
  caseId,
  assessmentId,
  frame,
  matrix,
  form,
  checked,
}: {
  caseId: string;
  assessmentId: string;
  frame: Frame;
  matrix: Matrix & { synthesis: NonNullable<Matrix['synthesis']> };
  form: SynthesisForm;
  checked: () => boolean;
}) {
  const { t } = useTranslation();
  const frameWords = useFrameWords();
  const [open, setOpen] = useState(false);
  const [refusals, setRefusals] = useState<string[]>([]);
  const opener = useRef<HTMLButtonElement>(null) as RefObject<HTMLButtonElement>; // the design system types refs before React 19's nullable ones
  const complete = useCompleteAssessment(caseId, assessmentId);
  const title = (key: string) => {
    const domain = frame.domains.find((candidate) => candidate.key === key);
    return domain ? frameWords(domain.title) : key;
  };
  const ask = () => {
    const found: string[] = [];
    const unkept = unkeptOpposites(form, matrix);
    if (unkept.length > 0) found.push(t('synthesis.unkept', { domains: unkept.map(title).join(', ') }));
    if (form.familySummary.trim() === '') found.push(t('synthesis.familySummaryMissing'));
    setRefusals(found);
    if (!checked() || found.length > 0) return;
    complete.reset();
    setOpen(true);
  };
  const close = () => setOpen(false);
  return (
    <>
      <Button variant="secondary" forwardedRef={opener} onClick={ask}>
        {t('synthesis.complete')}
      </Button>
      {refusals.length > 0 && (
        <InlineAlert status="error" role="alert" className="synthesis-refusals">
          {refusals.map((refusal) => (
            <Paragraph key={refusal}>{refusal}</Paragraph>
          ))}
        </InlineAlert>
      )}
      <ConfirmDialog
        open={open}
        opener={opener}
        titleId="complete-title"
        title={t('synthesis.completeTitle')}
        lead={t('synthesis.completeLead')}
        error={complete.isError ? complete.error : null}
        pending={complete.isPending}
        confirmText={t('synthesis.confirmComplete')}
        pendingText={t('synthesis.completing')}
        cancelText={t('synthesis.cancel')}
        onConfirm={() =>
          complete.mutate(
            { expectedVersion: matrix.synthesis.version, synthesis: synthesisBody(form) },
            { onSuccess: () => setOpen(false) },
          )
        }
        onCancel={close}
      />
    </>
  );
}
