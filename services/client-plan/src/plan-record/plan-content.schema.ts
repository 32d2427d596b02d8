import { z } from 'zod';

/** An item's id inside the plan, kept across revisions so that a diff can tell a reworded item from a new one. */
const itemId = z.string().trim().min(1).max(40);
const text = (max: number) => z.string().trim().min(1).max(max);

/** The agencies that carry out actions of a plan. */
export const actionAgencies = ['child-protection', 'psychiatry', 'school'] as const;
export type ActionAgency = (typeof actionAgencies)[number];

export const planNeedSchema = z.strictObject({
  id: itemId,
  text: text(2000),
  /**
   * Where the need came from: the assessment, the need in its synthesis, the domains it falls under and
   * the invitations whose views it came from; null for one written in the plan.
   */
  source: z
    .strictObject({
      assessmentId: z.uuid(),
      needId: z.uuid(),
      domains: z.array(z.string().min(1).max(100)).min(1).max(50),
      fromInvitations: z.array(z.uuid()).min(1).max(100),
    })
    .nullable(),
});

export const planGoalSchema = z.strictObject({
  id: itemId,
  /** The professionals' wording. */
  professional: text(2000),
  /** The child's own words, beside it ("I want to stay in this class"); null when the child did not put it in words. */
  childWords: text(2000).nullable(),
  needIds: z.array(itemId).max(50),
});

export const planActionSchema = z
  .strictObject({
    id: itemId,
    what: text(2000),
    agency: z.enum(actionAgencies),
    /** The person responsible, by their user id on the care team, and their name. */
    responsible: z.strictObject({ userId: z.string().min(1).max(200), name: text(200) }),
    start: z.iso.date(),
    due: z.iso.date(),
    goalIds: z.array(itemId).max(50),
  })
  .refine((action) => action.start <= action.due, { path: ['due'], message: 'The due date cannot be before the start.' });

export const planServiceSchema = z.strictObject({ id: itemId, name: text(500), agency: z.enum(actionAgencies) });

export const planParticipantSchema = z.strictObject({ name: text(200), part: text(200) });

export const planDisagreementSchema = z.strictObject({
  id: itemId,
  topic: text(500),
  view: text(2000),
  /** Who holds the view, as they are named in the plan ("the foster carer", "Aino's mother"). */
  heldBy: text(200),
});

/**
 * What a plan version says (LSL 30 §): needs, goals with the child's words beside the professional
 * wording, actions with their responsible agency and person, services, who took part and how the
 * child's view was found out, disagreeing views with who holds them, and the review date. An action's
 * progress (status, notes) is not content: it moves without a new version.
 */
export const planContentSchema = z
  .strictObject({
    needs: z.array(planNeedSchema).max(100),
    goals: z.array(planGoalSchema).max(100),
    actions: z.array(planActionSchema).max(200),
    services: z.array(planServiceSchema).max(100),
    participants: z.array(planParticipantSchema).max(50),
    childView: z.strictObject({ howFoundOut: text(2000), view: text(4000) }).nullable(),
    disagreements: z.array(planDisagreementSchema).max(50),
    reviewOn: z.iso.date().nullable(),
  })
  .superRefine((content, context) => {
    for (const [section, items] of Object.entries({
      needs: content.needs,
      goals: content.goals,
      actions: content.actions,
      services: content.services,
      disagreements: content.disagreements,
    })) {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (seen.has(item.id))
          context.addIssue({ code: 'custom', path: [section, index, 'id'], message: 'Each item needs an id of its own.' });
        seen.add(item.id);
      });
    }
  });

export type PlanContent = z.infer<typeof planContentSchema>;
export type PlanNeed = z.infer<typeof planNeedSchema>;
export type PlanGoal = z.infer<typeof planGoalSchema>;
export type PlanAction = z.infer<typeof planActionSchema>;
export type PlanService = z.infer<typeof planServiceSchema>;
export type PlanDisagreement = z.infer<typeof planDisagreementSchema>;

export const blankPlanContent: PlanContent = {
  needs: [],
  goals: [],
  actions: [],
  services: [],
  participants: [],
  childView: null,
  disagreements: [],
  reviewOn: null,
};
