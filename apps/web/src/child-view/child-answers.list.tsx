import { Heading } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/assessment.openapi.js';
import { useFrameWords } from './frame-words.hook.js';
import type { ChildForm } from './child-view.util.js';
import { FaceIcon } from './face-scale.js';

type Frame = components['schemas']['AssessmentFrame'];

/** What the child answered, read-only: each question, the face chosen in words, and their own words. */
export function ChildAnswersList({ frame, form, headingKey }: { frame: Frame; form: ChildForm; headingKey: string }) {
  const { t } = useTranslation();
  const frameWords = useFrameWords();
  return (
    <>
      <Heading variant="h2" mb="s">
        {t(headingKey)}
      </Heading>
      <dl className="fact-list">
        {frame.domains.map((domain) => {
          const face = form.faces[domain.key] ?? null;
          const words = form.words[domain.key]?.trim();
          return (
            <div key={domain.key} className="fact-list__item">
              <dt>{frameWords(domain.childQuestion)}</dt>
              <dd>
                {face ? (
                  <span className="child-answer-face">
                    <FaceIcon face={face} />
                    {t(`childVoice.face.${face}`)}
                  </span>
                ) : (
                  t('childVoice.noAnswer')
                )}
                {words ? <p>{words}</p> : null}
              </dd>
            </div>
          );
        })}
        {form.betterIf.trim() !== '' && (
          <div className="fact-list__item">
            <dt>{t('childVoice.betterIf')}</dt>
            <dd>{form.betterIf.trim()}</dd>
          </div>
        )}
      </dl>
    </>
  );
}
