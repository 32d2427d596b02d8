import { agencySchema, roleSchema } from '@yhdessa/contracts';
import { z } from 'zod';
import { languages } from '../session/session.domain.js';
import type { MeResponse } from './me.response.js';

/** `GET /api/me`'s answer, as the OpenAPI document describes it. */
export const meResponseSchema = z
  .object({
    userId: z.string(),
    displayName: z.string(),
    agency: agencySchema,
    roles: z.array(roleSchema),
    language: z.enum(languages).optional(),
  })
  .meta({ id: 'Me' }) satisfies z.ZodType<MeResponse>;
