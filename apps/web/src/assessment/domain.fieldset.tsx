import { Heading, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { SCALE, TEXT_LIMIT, domainTexts, wordsIn, type DomainForm, type DomainText, type Frame } from './contribute.util.js';

type FrameDomain = Frame['domains'][number];

/** The design system's character counter: what is left, or how much is over, said to screen readers too. */
export function useCharacterCounter() {
  const { t } = useTranslation();
  return {
    characterLimit: TEXT_LIMIT,
    ariaCharactersRemainingText: (count: number) => t('contribute.charactersLeft', { count }),
    ariaCharactersExceededText: (count: number) => t('contribute.charactersOver', { count }),
  };
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
  const counter = useCharacterCounter();
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
          {...counter}
          mb="m"
        />
      ))}
    </fieldset>
  );
}
