import { z } from 'zod';

/** A plan version's number in a route (`:version`). */
export const versionParam = z.coerce.number().int().min(1).max(100_000);
