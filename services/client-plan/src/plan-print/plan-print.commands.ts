import { z } from 'zod';
import { printLanguages } from './plan-print.words.js';

/** The language to print in: Finnish unless Swedish or English is asked for. */
export const printQuery = z.strictObject({ lang: z.enum(printLanguages).default('fi') });
export type PrintQuery = z.infer<typeof printQuery>;
