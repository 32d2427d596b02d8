import { Heading, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/assessment.openapi.js';
import { useFrameWords } from '../child-view/frame-words.hook.js';
import { FactList } from '../shared/fact-list.js';
import { viewLabel, type Matrix } from './disagreement.util.js';

type Frame = components['schemas']['AssessmentFrame'];

/** A saved synthesis, read-only: per domain, the disagreements with whose views they are, the summaries and the needs. */
export function SavedSynthesis({ frame, matrix, headingText }: { frame: Frame; matrix: Matrix; headingText: string }) {
  const { t } = useTranslation();
  const frameWords = useFrameWords();
  const draft = matrix.synthesis?.draft;
  if (!draft) return <Paragraph>{t('synthesis.notSaved')}</Paragraph>;
  const names = new Map(matrix.views.map((view) => [view.invitationId, viewLabel(view)]));
  const named = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? '?').join(', ');
  const title = (key: string) => {
    const domain = frame.domains.find((candidate) => candidate.key === key);
    return domain ? frameWords(domain.title) : key;
  };
  return (
    <div className="saved-synthesis">
      <Heading variant="h3" mb="xs">
        {headingText}
      </Heading>
      {draft.domains.map((entry) => (
        <div key={entry.domain}>
          <Heading variant="h4" mt="s" mb="xs">
            {title(entry.domain)}
          </Heading>
          <FactList
            facts={[
              { label: t('synthesis.agreements'), value: entry.agreements || undefined },
              {
                label: t('synthesis.disagreements'),
                value:
                  entry.disagreements.length > 0
                    ? entry.disagreements.map((kept) => `${kept.text} (${named(kept.views)})`).join('\n')
                    : undefined,
              },
              { label: t('synthesis.childView'), value: entry.childView || undefined },
            ]}
          />
        </div>
      ))}
      <FactList
        facts={[
          { label: t('synthesis.overall'), value: draft.overall || undefined },
          { label: t('synthesis.familySummary'), value: draft.familySummary || undefined },
          {
            label: t('synthesis.needs'),
            value:
              draft.needs.length > 0
                ? draft.needs
                    .map((need) => `${need.text} (${need.domains.map(title).join(', ')}; ${named(need.fromInvitations)})`)
                    .join('\n')
                : undefined,
          },
        ]}
      />
    </div>
  );
}
