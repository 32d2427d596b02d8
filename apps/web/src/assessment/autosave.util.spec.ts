import { autosave, hasUnsaved, initialAutosave, waitsToSave, type AutosaveEvent, type AutosaveState } from './autosave.util.js';

const run = (events: AutosaveEvent[], state: AutosaveState = initialAutosave({ version: 0, savedAt: null })) =>
  events.reduce(autosave, state);

describe('the draft’s autosave', () => {
  it('waits to save after an edit, and is clean once saved with the new version and time', () => {
    const edited = run([{ type: 'edited' }]);
    expect(waitsToSave(edited)).toBe(true);
    const saved = run(
      [{ type: 'saveStarted' }, { type: 'saved', saved: { version: 1, savedAt: '2026-12-23T10:00:00Z' } }],
      edited,
    );
    expect(saved).toMatchObject({ phase: 'clean', version: 1, savedAt: '2026-12-23T10:00:00Z' });
    expect(hasUnsaved(saved)).toBe(false);
  });

  it('saves again when edits came while a save was on its way', () => {
    const state = run([
      { type: 'edited' },
      { type: 'saveStarted' },
      { type: 'edited' },
      { type: 'saved', saved: { version: 1, savedAt: 'a' } },
    ]);
    expect(state).toMatchObject({ phase: 'dirty', version: 1 });
  });

  it('starts the debounce again at each edit', () => {
    expect(run([{ type: 'edited' }, { type: 'edited' }]).edits).toBe(2);
  });

  it('stops at a conflict and sends nothing until the person chooses', () => {
    const conflict = run([
      { type: 'edited' },
      { type: 'saveStarted' },
      { type: 'conflict', current: { version: 4, savedAt: 'b' } },
      { type: 'edited' },
    ]);
    expect(conflict).toMatchObject({ phase: 'conflict', version: 0, conflict: { version: 4, savedAt: 'b' } });
    expect(waitsToSave(conflict)).toBe(false);
    expect(hasUnsaved(conflict)).toBe(true);
  });

  it('keeping one’s own text saves it over the current version', () => {
    const kept = run(
      [{ type: 'keepMine' }],
      run([{ type: 'edited' }, { type: 'saveStarted' }, { type: 'conflict', current: { version: 4, savedAt: 'b' } }]),
    );
    expect(kept).toMatchObject({ phase: 'dirty', version: 4, conflict: null });
    expect(waitsToSave(kept)).toBe(true);
  });

  it('taking the saved version leaves nothing to save', () => {
    const taken = run(
      [{ type: 'takeSaved' }],
      run([{ type: 'edited' }, { type: 'saveStarted' }, { type: 'conflict', current: { version: 4, savedAt: 'b' } }]),
    );
    expect(taken).toMatchObject({ phase: 'clean', version: 4, savedAt: 'b', conflict: null });
  });

  it('a failed save waits for the next edit or a retry, and choices without a conflict change nothing', () => {
    const failed = run([{ type: 'edited' }, { type: 'saveStarted' }, { type: 'failed' }]);
    expect(waitsToSave(failed)).toBe(false);
    expect(run([{ type: 'edited' }], failed).phase).toBe('dirty');
    expect(run([{ type: 'keepMine' }, { type: 'takeSaved' }], failed)).toEqual(failed);
  });
});
