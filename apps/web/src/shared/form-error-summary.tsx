import { ErrorSummary } from 'suomifi-ui-components';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The design system's error summary for a form: one line per field to correct, in the form's order,
 * naming the field by its label; each links to its input. The caller focuses `headingRef` after a
 * refused submit, so a screen reader starts from the list.
 */
export function FormErrorSummary<Field extends string>({
  fields,
  errors,
  labels,
  inputIds,
  headingText,
  headingRef,
  headingVariant,
}: {
  fields: readonly Field[];
  /** Each field's error, as a translation key. */
  errors: Partial<Record<Field, string>>;
  /** Each field's label, as a translation key. */
  labels: Record<Field, string>;
  inputIds: Record<Field, string>;
  headingText: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  headingVariant: 'h2' | 'h3' | 'h4';
}) {
  const { t } = useTranslation();
  const items = fields.flatMap((field) => {
    const error: string | undefined = errors[field];
    const label: string = labels[field];
    return error ? [{ text: t('common.fieldError', { field: t(label), error: t(error) }), inputId: inputIds[field] }] : [];
  });
  if (items.length === 0) return null;
  return <ErrorSummary headingText={headingText} headingRef={headingRef} items={items} headingVariant={headingVariant} mb="l" />;
}
