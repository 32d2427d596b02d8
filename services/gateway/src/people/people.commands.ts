import { z } from 'zod';
import { professionalRoles } from './people.domain.js';

/** `GET /api/people?q=&role=`: at least two characters of a name; optionally only holders of one professional role. */
export const findPeopleQuery = z.strictObject({
  q: z.string().trim().min(2).max(100),
  role: z.enum(professionalRoles).optional(),
});
export type FindPeopleQuery = z.infer<typeof findPeopleQuery>;
