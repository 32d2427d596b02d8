import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { answer, assessmentApi } from '../api/api-client.js';
import { isApiProblem } from '../api/api-problem.js';
import { myContributionKey } from './assessment.queries.js';
import { autosave, initialAutosave, waitsToSave, type AutosaveState, type SavedVersion } from './autosave.util.js';
import { textsOverLimit, toAnswers, type Contribution, type ContributionForm } from './contribute.util.js';

/** How long typing must pause before the draft is sent. */
export const AUTOSAVE_DELAY_MS = 1200;

/**
 * Sends the draft a moment after the last edit, with the version last seen: a 409
 * `contribution_version_conflict` fetches the current version and waits for the person's choice.
 * `saveNow` sends at once (before submitting) and answers the version saved, or null when not saved.
 */
export function useDraftAutosave(input: {
  caseId: string;
  assessmentId: string;
  frameVersion: number;
  saved: SavedVersion;
  form: ContributionForm;
}): {
  state: AutosaveState;
  edited(): void;
  saveNow(): Promise<number | null>;
  keepMine(): void;
  takeSaved(): Contribution | null;
  failure: unknown;
} {
  const { caseId, assessmentId, frameVersion } = input;
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(autosave, input.saved, initialAutosave);
  const stateRef = useRef(state);
  stateRef.current = state;
  const formRef = useRef(input.form);
  formRef.current = input.form;
  const inFlight = useRef<Promise<number | null> | null>(null);
  const conflictView = useRef<Contribution | null>(null);
  const failure = useRef<unknown>(null);
  const saveNow = useCallback(async (): Promise<number | null> => {
    const path = { params: { path: { caseId, assessmentId } } };
    if (inFlight.current) await inFlight.current;
    const current = stateRef.current;
    if (current.phase === 'clean') return current.version;
    if (current.phase === 'conflict' || textsOverLimit(formRef.current).length > 0) return null;
    dispatch({ type: 'saveStarted' });
    const sending = (async () => {
      try {
        const view = await answer(
          assessmentApi.PUT('/cases/{caseId}/assessments/{assessmentId}/contributions/mine', {
            ...path,
            body: { expectedVersion: current.version, answers: toAnswers(formRef.current, frameVersion) },
          }),
        );
        stateRef.current = { ...stateRef.current, version: view.version };
        queryClient.setQueryData(myContributionKey(caseId, assessmentId), view);
        dispatch({ type: 'saved', saved: { version: view.version, savedAt: view.savedAt } });
        return view.version;
      } catch (error) {
        if (isApiProblem(error) && error.code === 'contribution_version_conflict') {
          const latest = await answer(
            assessmentApi.GET('/cases/{caseId}/assessments/{assessmentId}/contributions/mine', path),
          ).catch(() => null);
          if (latest) {
            conflictView.current = latest;
            dispatch({ type: 'conflict', current: { version: latest.version, savedAt: latest.savedAt } });
            return null;
          }
        }
        failure.current = error;
        dispatch({ type: 'failed' });
        return null;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = sending;
    return sending;
  }, [caseId, assessmentId, frameVersion, queryClient]);

  useEffect(() => {
    if (!waitsToSave(state)) return;
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state, saveNow]);

  // Leaving the page within the debounce: what was typed is sent still.
  useEffect(
    () => () => {
      if (waitsToSave(stateRef.current)) void saveNow();
    },
    [saveNow],
  );

  return {
    state,
    edited: () => dispatch({ type: 'edited' }),
    saveNow,
    keepMine: () => dispatch({ type: 'keepMine' }),
    takeSaved: () => {
      const taken = conflictView.current;
      dispatch({ type: 'takeSaved' });
      conflictView.current = null;
      return taken;
    },
    failure: failure.current,
  };
}
