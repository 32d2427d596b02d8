import { Heading, Textarea } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/assessment.openapi.js';
import { useFrameWords } from './frame-words.hook.js';
import { CHILD_TEXT_LIMIT, type ChildForm, type Face } from './child-view.util.js';
import { FaceScale } from './face-scale.js';
import './child-view.css';

type Frame = components['schemas']['AssessmentFrame'];
/**
 * The child's form: per domain of the frame its short question with five faces and room for the
 * child's own words, then "what would make things better". The same form whether the child fills it
 * in or a worker records it with them.
 */
export function ChildFormFields({
  frame,
  form,
  onChange,
  disabled = false,
}: {
  frame: Frame;
  form: ChildForm;
  onChange: (form: ChildForm) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const frameWords = useFrameWords();
  const tooLong = (text: string) => text.trim().length > CHILD_TEXT_LIMIT;
  return (
    <>
      {frame.domains.map((domain, index) => (
        <section key={domain.key} className="child-form__topic" aria-labelledby={`topic-${domain.key}`}>
          <Heading variant="h2" id={`topic-${domain.key}`} mb="s">
            {t('childVoice.topic', { number: index + 1, count: frame.domains.length, title: frameWords(domain.title) })}
          </Heading>
          <FaceScale
            name={`face-${domain.key}`}
            question={frameWords(domain.childQuestion)}
            value={form.faces[domain.key] ?? null}
            disabled={disabled}
            onChange={(face: Face) => onChange({ ...form, faces: { ...form.faces, [domain.key]: face } })}
          />
          <Textarea
            labelText={t('childVoice.words')}
            optionalText={t('common.optional')}
            value={form.words[domain.key] ?? ''}
            disabled={disabled}
            fullWidth
            status={tooLong(form.words[domain.key] ?? '') ? 'error' : 'default'}
            statusText={tooLong(form.words[domain.key] ?? '') ? t('childVoice.tooLong', { limit: CHILD_TEXT_LIMIT }) : undefined}
            onChange={(event) => onChange({ ...form, words: { ...form.words, [domain.key]: event.target.value } })}
          />
        </section>
      ))}
      <section className="child-form__topic" aria-labelledby="topic-better-if">
        <Heading variant="h2" id="topic-better-if" mb="s">
          {t('childVoice.betterIfTitle')}
        </Heading>
        <Textarea
          labelText={t('childVoice.betterIf')}
          optionalText={t('common.optional')}
          value={form.betterIf}
          disabled={disabled}
          fullWidth
          status={tooLong(form.betterIf) ? 'error' : 'default'}
          statusText={tooLong(form.betterIf) ? t('childVoice.tooLong', { limit: CHILD_TEXT_LIMIT }) : undefined}
          onChange={(event) => onChange({ ...form, betterIf: event.target.value })}
        />
      </section>
    </>
  );
}
