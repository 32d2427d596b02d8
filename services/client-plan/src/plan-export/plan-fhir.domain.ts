import { createHash } from 'node:crypto';
import type { PlanActionStatus } from '../plan-record/plan-action-update.entity.js';
import type { AgencyName } from './plan-fhir.words.js';
import type { ActionProgressView, PlanVersionView, SignatoryView } from '../plan-record/plan.view.js';
import { fhirWords } from './plan-fhir.words.js';

/** A FHIR R4 resource as JSON: what this export builds. */
export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;

export interface FhirBundle {
  resourceType: 'Bundle';
  id: string;
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
}

/** Our own identifier systems: a case, a user (Keycloak subject), an item inside a plan, a content hash. */
export const identifierSystems = {
  case: 'urn:yhdessa:case',
  user: 'urn:yhdessa:user',
  plan: 'urn:yhdessa:client-plan',
  contentHash: 'urn:yhdessa:client-plan:content-sha256',
} as const;

export interface PlanInForceExport {
  planId: string;
  caseId: string;
  /** The version in force, as the reader may see it. */
  version: PlanVersionView;
  /** Where each action the reader sees stands. */
  actions: readonly ActionProgressView[];
  exportedAt: Date;
}

/** A stable UUID for one thing of one version, so that an export made twice names its resources alike. */
export function stableUuid(...parts: readonly (string | number)[]): string {
  const hex = createHash('sha256').update(parts.join('/')).digest('hex');
  // RFC 9562 layout, version 8 (custom), variant 10.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const activityStatus: Record<PlanActionStatus, string> = {
  planned: 'not-started',
  ongoing: 'in-progress',
  done: 'completed',
  cancelled: 'cancelled',
};

const fhirInstant = (iso: string) => new Date(iso).toISOString();
const person = (userId: string, display: string) => ({ identifier: { system: identifierSystems.user, value: userId }, display });

/**
 * The plan in force as an HL7 FHIR R4 Bundle (type collection): a `CarePlan` (status active, intent
 * plan) for the child's case, with its needs and the child's view as notes, disagreeing views as
 * notes by whoever holds them, each action and service as an activity; a `Goal` per goal, the child's
 * own words as its note; a `CareTeam` of the round's parties; and a `Provenance` per signature that
 * brought the version into force — who, when, and the SHA-256 of the canonical content signed. What
 * the reader may not see (another agency's actions without consent) is left out, as on screen.
 */
export function planInForceBundle({ planId, caseId, version, actions, exportedAt }: PlanInForceExport): FhirBundle {
  const words = fhirWords;
  const { content } = version;
  const uuid = (...parts: (string | number)[]) => stableUuid(planId, version.version, ...parts);
  const ref = (id: string) => `urn:uuid:${id}`;
  const subject = { identifier: { system: identifierSystems.case, value: caseId }, display: words.subject };
  const carePlanId = uuid('care-plan');
  const careTeamId = uuid('care-team');
  const goalIds = new Map(content.goals.map((goal) => [goal.id, uuid('goal', goal.id)]));
  const progress = new Map(actions.map((action) => [action.actionId, action]));
  const signedAt = version.signedOffAt ?? undefined;

  const goals: FhirResource[] = content.goals.map((goal) => ({
    resourceType: 'Goal',
    id: goalIds.get(goal.id)!,
    identifier: [{ system: identifierSystems.plan, value: `${planId}/goal/${goal.id}` }],
    lifecycleStatus: 'active',
    description: { text: goal.professional },
    subject,
    ...(goal.childWords ? { note: [{ authorString: words.child, text: goal.childWords }] } : {}),
  }));

  const participants = (version.round?.signatories ?? []).map((signatory: SignatoryView) => ({
    role: [{ text: words.ground[signatory.ground] }],
    member: person(signatory.userId, signatory.displayName),
    onBehalfOf: { display: words.agency[signatory.agency as AgencyName] ?? signatory.agency },
  }));
  const careTeam: FhirResource = {
    resourceType: 'CareTeam',
    id: careTeamId,
    status: 'active',
    name: words.careTeam,
    subject,
    ...(participants.length ? { participant: participants } : {}),
  };

  const activities = [
    ...content.actions.map((action) => ({
      detail: {
        kind: 'Task',
        code: { text: words.agency[action.agency] },
        status: activityStatus[progress.get(action.id)?.status ?? 'planned'],
        description: action.what,
        scheduledPeriod: { start: action.start, end: action.due },
        performer: [person(action.responsible.userId, action.responsible.name)],
        ...(action.goalIds.some((id) => goalIds.has(id))
          ? { goal: action.goalIds.filter((id) => goalIds.has(id)).map((id) => ({ reference: ref(goalIds.get(id)!) })) }
          : {}),
      },
      ...(progress.get(action.id)?.note ? { progress: [{ text: progress.get(action.id)!.note! }] } : {}),
    })),
    ...content.services.map((service) => ({
      detail: {
        kind: 'ServiceRequest',
        code: { text: words.agency[service.agency] },
        status: 'in-progress',
        description: service.name,
      },
    })),
  ];

  const notes = [
    ...content.needs.map((need) => ({ text: `${words.need}: ${need.text}` })),
    ...(content.childView
      ? [{ authorString: words.child, text: `${words.childView}: ${content.childView.view} (${content.childView.howFoundOut})` }]
      : []),
    ...content.disagreements.map((disagreement) => ({
      authorString: disagreement.heldBy,
      text: `${words.disagreement}: ${disagreement.topic}: ${disagreement.view}`,
    })),
  ];

  const carePlan: FhirResource = {
    resourceType: 'CarePlan',
    id: carePlanId,
    identifier: [{ system: identifierSystems.plan, value: `${planId}/v${version.version}` }],
    status: 'active',
    intent: 'plan',
    title: words.title,
    subject,
    ...(signedAt ? { created: fhirInstant(signedAt) } : {}),
    period: {
      ...(signedAt ? { start: fhirInstant(signedAt) } : {}),
      ...(content.reviewOn ? { end: content.reviewOn } : {}),
    },
    careTeam: [{ reference: ref(careTeamId) }],
    ...(goals.length ? { goal: goals.map((goal) => ({ reference: ref(goal.id) })) } : {}),
    ...(activities.length ? { activity: activities } : {}),
    ...(notes.length ? { note: notes } : {}),
  };

  const round = version.round?.number;
  const provenances: FhirResource[] = version.signatureRecord
    .filter((answer) => answer.decision === 'signed' && answer.round === round)
    .map((answer) => ({
      resourceType: 'Provenance',
      id: uuid('provenance', answer.round, answer.userId),
      target: [{ reference: ref(carePlanId) }],
      recorded: fhirInstant(answer.at),
      activity: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation', code: 'UPDATE', display: 'revise' }],
        text: words.signing,
      },
      agent: [
        {
          type: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
                code: 'attester',
                display: 'Attester',
              },
            ],
          },
          who: person(answer.userId, answer.displayName),
        },
      ],
      entity: [
        {
          role: 'source',
          what: {
            identifier: { system: identifierSystems.contentHash, value: answer.contentHash },
            display: words.contentHash,
          },
        },
      ],
      // A party agreeing to the plan by signing it: ASTM E1762's consent signature.
      signature: [
        {
          type: [{ system: 'urn:iso-astm:E1762-95:2013', code: '1.2.840.10065.1.12.1.7', display: 'Consent Signature' }],
          when: fhirInstant(answer.at),
          who: person(answer.userId, answer.displayName),
        },
      ],
    }));

  const resources = [carePlan, ...goals, careTeam, ...provenances];
  return {
    resourceType: 'Bundle',
    id: uuid('bundle', exportedAt.toISOString()),
    type: 'collection',
    timestamp: exportedAt.toISOString(),
    entry: resources.map((resource) => ({ fullUrl: ref(resource.id), resource })),
  };
}
