import { Heading, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { SCALE, TEXT_LIMIT, domainTexts, wordsIn, type DomainForm, type DomainText, type Frame } from './contribute.util.js';

type FrameDomain = Frame['domains'][number];

/**
 * The service's limit on a text, shown as it is typed: the limit and the count so far in the field's
 * hint, and over the limit an error beside the field. (The design system's own counter starts from
 * zero whatever the field holds, so a saved draft's count would be wrong.)
 */
export function useTextLimit() {
  const { t } = useTranslation();
  return (value: string) => ({
    hintText: t('contribute.limitHint', { limit: TEXT_LIMIT, count: value.length }),
    ...(value.length > TEXT_LIMIT
      ? { status: 'error' as const, statusText: t('contribute.charactersOver', { count: value.length - TEXT_LIMIT }) }
      : {}),
  });
}

/**
 * One domain of one's view: a fieldset named by the domain, the 1–5 scale as radio buttons with the
 * frame's anchor texts (a group of its own, with its own legend), strengths, concerns and words.
 */
export function DomainFieldset({
  domain,
  value,
  onChange,
}: {
  domain: FrameDomain;
  value: DomainForm;
  onChange: (value: DomainForm) => void;
}) {
  const { t, i18n } = useTranslation();
  const limit = useTextLimit();
  const title = wordsIn(domain.title, i18n.language);
  const idOf = (part: string) => `domain-${domain.key}-${part}`;
  const label: Record<DomainText, string> = {
    strengths: t('contribute.strengths'),
    concerns: t('contribute.concerns'),
    text: t('contribute.text'),
  };
  return (
    <fieldset className="form-section domain-fieldset" id={idOf('fieldset')}>
      <legend>
        <Heading variant="h2" as="span">
          {title}
        </Heading>
      </legend>
      <RadioButtonGroup
        id={idOf('score')}
        name={idOf('score')}
        labelText={t('contribute.scale')}
        value={value.score === null ? '' : String(value.score)}
        onChange={(chosen) => onChange({ ...value, score: chosen === '' ? null : Number(chosen) })}
        mb="m"
      >
        {[
          ...SCALE.map((score) => (
            <RadioButton key={score} value={String(score)}>
              {t('contribute.scaleOption', { score, anchor: wordsIn(domain.anchors[score - 1]!, i18n.language) })}
            </RadioButton>
          )),
          <RadioButton key="none" value="">
            {t('contribute.noScore')}
          </RadioButton>,
        ]}
      </RadioButtonGroup>
      {domainTexts.map((field) => (
        <Textarea
          key={field}
          id={idOf(field)}
          labelText={label[field]}
          value={value[field]}
          onChange={(event) => onChange({ ...value, [field]: event.target.value })}
          fullWidth
          {...limit(value[field])}
          mb="m"
        />
      ))}
    </fieldset>
  );
}
