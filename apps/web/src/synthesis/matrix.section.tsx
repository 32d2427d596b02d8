import { Paragraph, Table, Text } from 'suomifi-ui-components';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/assessment.openapi.js';
import { useFrameWords } from '../child-view/frame-words.hook.js';
import { EmptyState } from '../shared/empty-state.js';
import { PageSection } from '../shared/page-section.js';
import { formatDate } from '../time/finnish-format.util.js';
import {
  disagreementDisplays,
  oppositeDomains,
  viewLabel,
  type DisagreementDisplay,
  type Matrix,
  type MatrixView,
} from './disagreement.util.js';
import './synthesis.css';

type Frame = components['schemas']['AssessmentFrame'];

/**
 * The matrix: a row per domain, a column per view the reader may see (the service leaves out what
 * their information class and the consents do not allow), and each domain's disagreement in words,
 * with opposite views marked and their holders named — never by colour alone.
 */
export function MatrixSection({ frame, matrix }: { frame: Frame; matrix: Matrix }) {
  const { t } = useTranslation();
  const frameWords = useFrameWords();
  const headingId = useId();
  const displays = disagreementDisplays(matrix);
  const title = (key: string) => {
    const domain = frame.domains.find((candidate) => candidate.key === key);
    return domain ? frameWords(domain.title) : key;
  };
  const opposite = oppositeDomains(matrix);
  return (
    <PageSection title={t('synthesis.matrixTitle')} headingId={headingId} className="page-section--wide">
      <Paragraph mb="s">{t('synthesis.classNote')}</Paragraph>
      {matrix.views.length === 0 ? (
        <EmptyState>{t('synthesis.noViews')}</EmptyState>
      ) : (
        <>
          {opposite.length > 0 && (
            <p className="disagreement-flag disagreement-flag--summary">
              <span className="disagreement-flag__mark" aria-hidden="true">
                !
              </span>
              {t('synthesis.oppositeSummary', { domains: opposite.map(title).join(', ') })}
            </p>
          )}
          <ViewsList views={matrix.views} />
          <div className="matrix-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
            <Table
              aria-labelledby={headingId}
              condensed
              className="matrix-table"
              columns={[
                { key: 'domain', labelText: t('synthesis.domain') },
                ...matrix.views.map((view) => ({ key: view.invitationId, labelText: viewLabel(view) })),
                { key: 'disagreement', labelText: t('synthesis.disagreementColumn') },
              ]}
              data={frame.domains.map((domain) => ({
                id: domain.key,
                domain: <Text variant="bold">{frameWords(domain.title)}</Text>,
                ...Object.fromEntries(
                  matrix.views.map((view) => [
                    view.invitationId,
                    <ViewCell key={view.invitationId} frame={frame} domain={domain.key} view={view} />,
                  ]),
                ),
                disagreement: <DisagreementCell display={displays.get(domain.key)} />,
              }))}
            />
          </div>
        </>
      )}
    </PageSection>
  );
}

function ViewsList({ views }: { views: MatrixView[] }) {
  const { t } = useTranslation();
  return (
    <details className="matrix-views" open>
      <summary>{t('synthesis.viewsTitle')}</summary>
      <ul className="plain-list">
        {views.map((view) => (
          <li key={view.invitationId}>
            <Text variant="bold">{viewLabel(view)}</Text>
            <br />
            <Text className="secondary-text">
              {t('synthesis.viewLine', {
                agency: t(`agency.${view.agency}`, { defaultValue: view.agency }),
                informationClass: t(`informationClass.${view.informationClass}`, { defaultValue: view.informationClass }),
                date: formatDate(view.submittedAt),
              })}
            </Text>
            {view.recordedBy && (
              <>
                <br />
                <Text>{t('synthesis.recordedBy', { name: view.recordedBy.displayName, how: view.recordedBy.how })}</Text>
              </>
            )}
            {view.addenda.map((addendum) => (
              <Paragraph key={addendum.addendumId}>
                {t('synthesis.addendum', { date: formatDate(addendum.addedAt), text: addendum.text })}
              </Paragraph>
            ))}
          </li>
        ))}
      </ul>
    </details>
  );
}

function ViewCell({ frame, domain, view }: { frame: Frame; domain: string; view: MatrixView }) {
  const { t } = useTranslation();
  const frameWords = useFrameWords();
  const answer = view.answers.domains[domain];
  const anchors = frame.domains.find((candidate) => candidate.key === domain)?.anchors ?? [];
  const lines: ReactNode[] = [];
  if (answer?.strengths) lines.push(<Labelled key="s" label={t('synthesis.strengths')} text={answer.strengths} />);
  if (answer?.concerns) lines.push(<Labelled key="c" label={t('synthesis.concerns')} text={answer.concerns} />);
  if (answer?.text) lines.push(<Labelled key="t" label={t('synthesis.text')} text={answer.text} />);
  return (
    <div className="matrix-cell">
      <Text variant="bold">
        {answer?.score
          ? t('synthesis.score', {
              score: answer.score,
              anchor: anchors[answer.score - 1] ? frameWords(anchors[answer.score - 1]!) : '',
            })
          : t('synthesis.noScore')}
      </Text>
      {lines}
    </div>
  );
}

function Labelled({ label, text }: { label: string; text: string }) {
  return (
    <p className="matrix-cell__words">
      <span className="matrix-cell__label">{label}: </span>
      {text}
    </p>
  );
}

function DisagreementCell({ display }: { display: DisagreementDisplay | undefined }) {
  const { t } = useTranslation();
  if (!display) return <>{t('synthesis.none')}</>;
  const words = t(`synthesis.level.${display.level}`, {
    spread: display.spread,
    lowest: display.lowest,
    highest: display.highest,
  });
  if (display.level !== 'opposite')
    return <span className={`disagreement-level disagreement-level--${display.level}`}>{words}</span>;
  return (
    <div className="disagreement-flag">
      <p>
        <span className="disagreement-flag__mark" aria-hidden="true">
          !
        </span>
        <Text variant="bold">{words}</Text>
      </p>
      {display.low.length > 0 && <p>{t('synthesis.lowEnd', { names: display.low.join(', ') })}</p>}
      {display.high.length > 0 && <p>{t('synthesis.highEnd', { names: display.high.join(', ') })}</p>}
      <p>{t('synthesis.mustKeep')}</p>
    </div>
  );
}
