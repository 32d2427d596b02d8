/**
 * The draft's autosave as a state machine, apart from the network: what is saved (its version and
 * when), whether there are edits not yet sent, and a conflict when the draft was saved elsewhere in
 * between (the service's 409 `contribution_version_conflict`). A conflict waits for the person to
 * choose: keep their own text (saved over the current version) or take the saved one. Nothing is
 * ever overwritten without that choice.
 */
export type AutosavePhase = 'clean' | 'dirty' | 'saving' | 'conflict' | 'failed';

export interface SavedVersion {
  version: number;
  savedAt: string | null;
}

export interface AutosaveState extends SavedVersion {
  phase: AutosavePhase;
  /** Counts edits, so the debounce starts again at each one. */
  edits: number;
  /** Edits made while a save was on its way: another save follows. */
  editedWhileSaving: boolean;
  /** The version found saved elsewhere, while the person chooses. */
  conflict: SavedVersion | null;
}

export type AutosaveEvent =
  | { type: 'edited' }
  | { type: 'saveStarted' }
  | { type: 'saved'; saved: SavedVersion }
  | { type: 'conflict'; current: SavedVersion }
  | { type: 'failed' }
  | { type: 'keepMine' }
  | { type: 'takeSaved' };

export const initialAutosave = (saved: SavedVersion): AutosaveState => ({
  ...saved,
  phase: 'clean',
  edits: 0,
  editedWhileSaving: false,
  conflict: null,
});

export function autosave(state: AutosaveState, event: AutosaveEvent): AutosaveState {
  switch (event.type) {
    case 'edited':
      if (state.phase === 'saving') return { ...state, edits: state.edits + 1, editedWhileSaving: true };
      // While a conflict waits for a choice, the edits stay on screen and nothing is sent.
      if (state.phase === 'conflict') return { ...state, edits: state.edits + 1 };
      return { ...state, phase: 'dirty', edits: state.edits + 1 };
    case 'saveStarted':
      return { ...state, phase: 'saving', editedWhileSaving: false };
    case 'saved':
      return { ...state, ...event.saved, phase: state.editedWhileSaving ? 'dirty' : 'clean', editedWhileSaving: false };
    case 'conflict':
      return { ...state, phase: 'conflict', conflict: event.current, editedWhileSaving: false };
    case 'failed':
      return { ...state, phase: 'failed', editedWhileSaving: false };
    case 'keepMine':
      if (!state.conflict) return state;
      return { ...state, version: state.conflict.version, phase: 'dirty', conflict: null, edits: state.edits + 1 };
    case 'takeSaved':
      if (!state.conflict) return state;
      return { ...state, ...state.conflict, phase: 'clean', conflict: null };
  }
}

/** Whether the debounce should send the draft now: edits waiting, and no conflict or failure to resolve first. */
export const waitsToSave = (state: AutosaveState): boolean => state.phase === 'dirty';

/** Whether leaving now would lose something: edits not saved yet. */
export const hasUnsaved = (state: AutosaveState): boolean => state.phase !== 'clean';
