import { z } from 'zod';
import { openCaseCommand } from '../case/case.commands.js';

/** What intake adds to an item to open the case: the child, the guardians, the language (and the worker, as when opening one). */
export const openFromIntakeCommand = openCaseCommand.omit({ origin: true, receivedAt: true, notification: true });
export type OpenFromIntakeCommand = z.infer<typeof openFromIntakeCommand>;
