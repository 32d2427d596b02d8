import { z } from 'zod';
import { professionalAgencies, professionalRoles, type Person } from './people.domain.js';

/** One professional found by `GET /api/people`, as the OpenAPI document describes it. */
export const personSchema = z
  .object({
    userId: z.string(),
    displayName: z.string(),
    agency: z.enum(professionalAgencies),
    roles: z.array(z.enum(professionalRoles)),
  })
  .meta({ id: 'Person' }) satisfies z.ZodType<Person>;
