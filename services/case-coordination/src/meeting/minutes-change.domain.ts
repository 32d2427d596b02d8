export type MinutesStatus = 'scheduled' | 'finalised';

/** Who wants to change the minutes, as the team knows them. */
export interface MinutesEditor {
  userId: string;
  isCoordinator: boolean;
}

export type MinutesChange =
  /** A new hypothesis, reflection or decision. */
  | { kind: 'record' }
  /** A change to an existing entry: by the one who said it, the one who wrote it down, or the coordinator. */
  | { kind: 'edit'; authorId: string; recordedById: string }
  | { kind: 'finalise' }
  | { kind: 'amend' };

export enum MinutesRefusal {
  Finalised = 'minutes_finalised',
  NotFinalised = 'minutes_not_finalised',
  NotAuthor = 'not_entry_author',
  NotCoordinator = 'not_team_coordinator',
}

/**
 * Finalised minutes are locked: what was recorded can then change only by a visible amendment,
 * and an amendment is only for finalised minutes. Returns why a change is refused, or null.
 */
export function checkMinutesChange(status: MinutesStatus, editor: MinutesEditor, change: MinutesChange): MinutesRefusal | null {
  switch (change.kind) {
    case 'record':
      return status === 'finalised' ? MinutesRefusal.Finalised : null;
    case 'edit':
      if (status === 'finalised') return MinutesRefusal.Finalised;
      return editor.isCoordinator || editor.userId === change.authorId || editor.userId === change.recordedById
        ? null
        : MinutesRefusal.NotAuthor;
    case 'finalise':
      if (!editor.isCoordinator) return MinutesRefusal.NotCoordinator;
      return status === 'finalised' ? MinutesRefusal.Finalised : null;
    case 'amend':
      return status === 'finalised' ? null : MinutesRefusal.NotFinalised;
  }
}
