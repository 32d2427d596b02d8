import { z } from 'zod';

/**
 * Every piece of client information carries one class. A reader sees a class only if their agency is
 * allowed it by role, care-team membership and the family's consent.
 */
export const informationClasses = ['child-protection', 'health', 'school', 'shared-plan'] as const;
export const informationClassSchema = z.enum(informationClasses);
export type InformationClass = z.infer<typeof informationClassSchema>;
