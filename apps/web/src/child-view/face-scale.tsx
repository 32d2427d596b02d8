import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { faces, type Face } from './child-view.util.js';

/** The mouth of each face, from a frown (1) to a wide smile (5), on a 48 × 48 face. */
const mouths: Record<Face, string> = {
  1: 'M15 35 Q24 26 33 35',
  2: 'M16 33 Q24 29 32 33',
  3: 'M16 31 L32 31',
  4: 'M16 29 Q24 35 32 29',
  5: 'M14 28 Q24 39 34 28',
};

/** One face as a picture beside its words; the words name it, so the picture is hidden from screen readers. */
export function FaceIcon({ face }: { face: Face }) {
  return (
    <svg className="face-icon" viewBox="0 0 48 48" width="44" height="44" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <circle cx="17" cy="19" r="2.5" fill="currentColor" />
      <circle cx="31" cy="19" r="2.5" fill="currentColor" />
      <path d={mouths[face]} fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The five-face scale of one question: real radio buttons in a fieldset whose legend is the question,
 * each face a large target (the whole tile is its label) with its words under it. Chosen is shown by
 * the radio's own mark and bold words, not by colour alone.
 */
export function FaceScale({
  name,
  question,
  value,
  onChange,
  disabled = false,
}: {
  name: string;
  question: string;
  value: Face | null;
  onChange: (face: Face) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const legendId = useId();
  return (
    <fieldset className="face-scale" aria-labelledby={legendId}>
      <legend id={legendId} className="face-scale__question">
        {question}
      </legend>
      <div className="face-scale__faces">
        {faces.map((face) => (
          <label key={face} className={`face-scale__face${value === face ? ' face-scale__face--chosen' : ''}`}>
            <FaceIcon face={face} />
            <span className="face-scale__words">{t(`childVoice.face.${face}`)}</span>
            <input
              type="radio"
              name={name}
              value={face}
              checked={value === face}
              disabled={disabled}
              onChange={() => onChange(face)}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
