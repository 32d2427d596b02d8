import { Button, Checkbox, CheckboxGroup, Heading, InlineAlert, Paragraph, Textarea } from 'suomifi-ui-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/assessment.openapi.js';
import { isApiProblem } from '../api/api-problem.js';
import { useFrameWords } from '../child-view/frame-words.hook.js';
import { PageSection } from '../shared/page-section.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { CompleteButton } from './complete.dialog.js';
import { disagreementDisplays, viewLabel, type Matrix, type MatrixView } from './disagreement.util.js';
import { SavedSynthesis } from './saved-synthesis.js';
import { useSaveSynthesis } from './synthesis.queries.js';
import {
  editorProblems,
  rowKey,
  synthesisBody,
  synthesisFormFrom,
  toggled,
  type DomainEntry,
  type EditorProblem,
  type SynthesisForm,
} from './synthesis-form.util.js';

type Frame = components['schemas']['AssessmentFrame'];

/**
 * The lead's synthesis: per domain what the views agree on, the disagreements kept and attributed to
 * the views they stand between, and the child's view; overall, the family's plain-language summary and
 * the needs, each tied to its domains and views. Saved against the version it started from: when
 * someone saved in between, the saved version shows and the worker chooses.
 */
export function SynthesisEditor({
  caseId,
  assessmentId,
  frame,
  matrix,
}: {
  caseId: string;
  assessmentId: string;
  frame: Frame;
  matrix: Matrix & { synthesis: NonNullable<Matrix['synthesis']> };
}) {
  const { t } = useTranslation();
  const frameWords = useFrameWords();
  const keys = frame.domains.map((domain) => domain.key);
  const [form, setForm] = useState<SynthesisForm>(() => synthesisFormFrom(keys, matrix.synthesis.draft, matrix));
  const [problems, setProblems] = useState<EditorProblem[]>([]);
  const save = useSaveSynthesis(caseId, assessmentId);
  const conflict = isApiProblem(save.error) && save.error.code === 'synthesis_version_conflict';
  const version = matrix.synthesis.version;
  const displays = disagreementDisplays(matrix);
  const child = matrix.views.find((view) => view.participantKind === 'child');
  const problemAt = (path: string, key: EditorProblem['key']) =>
    problems.some((problem) => problem.path === path && problem.key === key) ? t(`synthesis.problems.${key}`) : undefined;

  const setDomain = (key: string, change: Partial<DomainEntry>) =>
    setForm((current) => ({ ...current, domains: { ...current.domains, [key]: { ...current.domains[key]!, ...change } } }));
  const checked = (): boolean => {
    const found = editorProblems(form);
    setProblems(found);
    return found.length === 0;
  };
  const onSave = () => {
    if (!checked()) return;
    save.mutate({ expectedVersion: version, synthesis: synthesisBody(form) });
  };

  return (
    <PageSection title={t('synthesis.editorTitle')} className="page-section--wide">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSave();
        }}
      >
        {frame.domains.map((domain) => {
          const entry = form.domains[domain.key]!;
          const display = displays.get(domain.key);
          const childAnswer = child?.answers.domains[domain.key];
          return (
            <section key={domain.key} className="synthesis-domain" aria-labelledby={`synthesis-${domain.key}`}>
              <Heading variant="h3" id={`synthesis-${domain.key}`} mb="xs">
                {frameWords(domain.title)}
              </Heading>
              {display && (
                <Paragraph mb="s" className={display.level === 'opposite' ? 'disagreement-flag' : undefined}>
                  {display.level === 'opposite' && (
                    <span className="disagreement-flag__mark" aria-hidden="true">
                      !
                    </span>
                  )}
                  {t(`synthesis.level.${display.level}`, {
                    spread: display.spread,
                    lowest: display.lowest,
                    highest: display.highest,
                  })}
                </Paragraph>
              )}
              <Textarea
                labelText={t('synthesis.agreements')}
                optionalText={t('common.optional')}
                value={entry.agreements}
                fullWidth
                mb="m"
                onChange={(event) => setDomain(domain.key, { agreements: event.target.value })}
              />
              <Heading variant="h4" mb="xs">
                {t('synthesis.disagreements')}
              </Heading>
              {entry.disagreements.map((disagreement, index) => (
                <div key={disagreement.key} className="synthesis-row">
                  <Textarea
                    labelText={t('synthesis.disagreementText')}
                    hintText={t('synthesis.disagreementNumber', { number: index + 1 })}
                    value={disagreement.text}
                    fullWidth
                    mb="s"
                    onChange={(event) =>
                      setDomain(domain.key, {
                        disagreements: entry.disagreements.map((kept) =>
                          kept.key === disagreement.key ? { ...kept, text: event.target.value } : kept,
                        ),
                      })
                    }
                  />
                  <ViewChoices
                    label={t('synthesis.disagreementViews')}
                    views={matrix.views}
                    chosen={disagreement.views}
                    error={problemAt(`${domain.key}.${disagreement.key}`, 'disagreementViews')}
                    onChange={(views) =>
                      setDomain(domain.key, {
                        disagreements: entry.disagreements.map((kept) =>
                          kept.key === disagreement.key ? { ...kept, views } : kept,
                        ),
                      })
                    }
                  />
                  <Button
                    variant="secondaryNoBorder"
                    mt="xs"
                    onClick={() =>
                      setDomain(domain.key, {
                        disagreements: entry.disagreements.filter((kept) => kept.key !== disagreement.key),
                      })
                    }
                  >
                    {t('synthesis.removeDisagreement', { number: index + 1 })}
                  </Button>
                </div>
              ))}
              <Button
                variant="secondary"
                mb="m"
                onClick={() =>
                  setDomain(domain.key, { disagreements: [...entry.disagreements, { key: rowKey(), text: '', views: [] }] })
                }
              >
                {t('synthesis.addDisagreement')}
              </Button>
              {childAnswer && (childAnswer.score || childAnswer.text) && (
                <Paragraph mb="xs">
                  {t('synthesis.childSaid', {
                    words: [childAnswer.score ? t(`childVoice.face.${childAnswer.score}`) : '', childAnswer.text]
                      .filter(Boolean)
                      .join(' – '),
                  })}
                </Paragraph>
              )}
              <Textarea
                labelText={t('synthesis.childView')}
                optionalText={t('common.optional')}
                value={entry.childView}
                fullWidth
                onChange={(event) => setDomain(domain.key, { childView: event.target.value })}
              />
            </section>
          );
        })}
        <section className="synthesis-domain" aria-labelledby="synthesis-overall">
          <Heading variant="h3" id="synthesis-overall" mb="s">
            {t('synthesis.overallTitle')}
          </Heading>
          <Textarea
            labelText={t('synthesis.overall')}
            optionalText={t('common.optional')}
            value={form.overall}
            fullWidth
            mb="m"
            onChange={(event) => setForm((current) => ({ ...current, overall: event.target.value }))}
          />
          <Textarea
            labelText={t('synthesis.familySummary')}
            hintText={t('synthesis.familySummaryHint')}
            value={form.familySummary}
            fullWidth
            mb="m"
            onChange={(event) => setForm((current) => ({ ...current, familySummary: event.target.value }))}
          />
          <Heading variant="h4" mb="xs">
            {t('synthesis.needs')}
          </Heading>
          <Paragraph mb="s">{t('synthesis.needsLead')}</Paragraph>
          {form.needs.map((need, index) => {
            const setNeed = (change: Partial<typeof need>) =>
              setForm((current) => ({
                ...current,
                needs: current.needs.map((kept) => (kept.key === need.key ? { ...kept, ...change } : kept)),
              }));
            return (
              <div key={need.key} className="synthesis-row">
                <Textarea
                  labelText={t('synthesis.needText', { number: index + 1 })}
                  value={need.text}
                  fullWidth
                  mb="s"
                  onChange={(event) => setNeed({ text: event.target.value })}
                />
                <CheckboxGroup
                  labelText={t('synthesis.needDomains', { number: index + 1 })}
                  groupStatus={problemAt(need.key, 'needDomains') ? 'error' : 'default'}
                  groupStatusText={problemAt(need.key, 'needDomains')}
                  mb="s"
                >
                  {frame.domains.map((domain) => (
                    <Checkbox
                      key={domain.key}
                      checked={need.domains.includes(domain.key)}
                      onClick={({ checkboxState }) => setNeed({ domains: toggled(need.domains, domain.key, checkboxState) })}
                    >
                      {frameWords(domain.title)}
                    </Checkbox>
                  ))}
                </CheckboxGroup>
                <ViewChoices
                  label={t('synthesis.needViews', { number: index + 1 })}
                  views={matrix.views}
                  chosen={need.fromInvitations}
                  error={problemAt(need.key, 'needViews')}
                  onChange={(fromInvitations) => setNeed({ fromInvitations })}
                />
                <Button
                  variant="secondaryNoBorder"
                  mt="xs"
                  onClick={() =>
                    setForm((current) => ({ ...current, needs: current.needs.filter((kept) => kept.key !== need.key) }))
                  }
                >
                  {t('synthesis.removeNeed', { number: index + 1 })}
                </Button>
              </div>
            );
          })}
          <Button
            variant="secondary"
            onClick={() =>
              setForm((current) => ({
                ...current,
                needs: [...current.needs, { key: rowKey(), text: '', domains: [], fromInvitations: [] }],
              }))
            }
          >
            {t('synthesis.addNeed')}
          </Button>
        </section>
        {problems.length > 0 && (
          <InlineAlert status="error" mt="m" role="alert" labelText={t('synthesis.problems.title')}>
            <ul>
              {[...new Set(problems.map((problem) => problem.key))].map((key) => (
                <li key={key}>{t(`synthesis.problems.${key}`)}</li>
              ))}
            </ul>
          </InlineAlert>
        )}
        {conflict ? (
          <InlineAlert status="warning" mt="m" role="alert">
            <Paragraph mb="s">{t('synthesis.conflict', { version })}</Paragraph>
            <SavedSynthesis frame={frame} matrix={matrix} headingText={t('synthesis.currentVersion', { version })} />
            <Button
              variant="secondary"
              mt="s"
              onClick={() => {
                setForm(synthesisFormFrom(keys, matrix.synthesis.draft, matrix));
                save.reset();
              }}
            >
              {t('synthesis.takeCurrent')}
            </Button>
          </InlineAlert>
        ) : (
          save.isError && <ProblemNotice error={save.error} />
        )}
        <div className="synthesis-actions">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t('synthesis.saving') : t('synthesis.save')}
          </Button>
          <CompleteButton
            caseId={caseId}
            assessmentId={assessmentId}
            frame={frame}
            matrix={matrix}
            form={form}
            checked={checked}
          />
        </div>
        <p aria-live="polite" className="secondary-text">
          {version > 0 ? t('synthesis.savedVersion', { version }) : t('synthesis.notSaved')}
        </p>
      </form>
    </PageSection>
  );
}

/** The views a disagreement or need names: a checkbox per view the reader sees, labelled by name and role. */
function ViewChoices({
  label,
  views,
  chosen,
  error,
  onChange,
}: {
  label: string;
  views: MatrixView[];
  chosen: string[];
  error: string | undefined;
  onChange: (chosen: string[]) => void;
}) {
  return (
    <CheckboxGroup labelText={label} groupStatus={error ? 'error' : 'default'} groupStatusText={error}>
      {views.map((view) => (
        <Checkbox
          key={view.invitationId}
          checked={chosen.includes(view.invitationId)}
          onClick={({ checkboxState }) => onChange(toggled(chosen, view.invitationId, checkboxState))}
        >
          {viewLabel(view)}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
