import { z } from 'zod';

/** The child's date of birth, as the responsible social worker records it on the plan. */
export const recordChildBirthDateCommand = z.strictObject({ childDateOfBirth: z.iso.date() });
export type RecordChildBirthDateCommand = z.infer<typeof recordChildBirthDateCommand>;
