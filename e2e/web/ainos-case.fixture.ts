import { claims, fetchToken } from '@yhdessa/testing';
import { childIdentityCode } from '../../services/case-coordination/test/child-identity.fixture.js';
import type { WebStack } from './web-stack.fixture.js';

/** Aino Aalto (14), the child of journey 2, born on 14 September 2012. */
export const ainosBirthDate = '2012-09-14';

/** One member of Aino's care team: the demo user, their agency, their kind of participation and their role in Finnish. */
export type CareTeamMember = readonly [username: string, agency: string, participantKind: string, roleInCase: string];

/** The people of journey 2 as they join Aino's care team. */
export const ainosPeople = {
  teacher: ['anna.laine', 'school', 'professional', 'luokanopettaja'],
  nurse: ['pekka.nurmi', 'psychiatry', 'professional', 'nuorisopsykiatrian sairaanhoitaja'],
  mother: ['liisa.aalto', 'family', 'guardian', 'äiti'],
  fosterCarer: ['riitta.hakala', 'family', 'foster-carer', 'sijaisvanhempi'],
  aino: ['aino.aalto', 'family', 'child', 'lapsi'],
} as const satisfies Record<string, CareTeamMember>;

export interface AinosCaseOptions {
  /** Who joins the care team after Sari, in this order. */
  team: readonly CareTeamMember[];
  /** Whether Liisa Aalto is named Aino's guardian when the case opens (default true). */
  motherAsGuardian?: boolean;
  /** When the notification came (default 22 December 2026, 9.15 in Helsinki). */
  receivedAt?: string;
  /** The day the care team is in the case from (default 23 December 2026). */
  since?: string;
}

/**
 * Sari Virtanen opens Aino's case from the school's notification and adds her care team, each member as
 * Keycloak names them; every call must succeed. Returns the case's id.
 */
export async function openAinosCase(stack: WebStack, options: AinosCaseOptions): Promise<string> {
  const sari = await fetchToken('sari.virtanen');
  const guardians =
    options.motherAsGuardian === false
      ? undefined
      : [{ name: 'Liisa Aalto', userId: claims(await fetchToken('liisa.aalto')).sub }];
  const opened = await stack.caseCoordination.call('POST', '/cases', sari, {
    origin: 'child-welfare-notification',
    receivedAt: options.receivedAt ?? '2026-12-22T09:15:00+02:00',
    language: 'fi',
    child: { name: 'Aino Aalto', personalIdentityCode: childIdentityCode(ainosBirthDate), dateOfBirth: ainosBirthDate },
    ...(guardians ? { guardians } : {}),
    notification: { channel: 'school', notifierName: 'Anna Laine', content: 'Aino on väsynyt ja poissa tunneilta.' },
  });
  expect(opened.status).toBe(201);
  const caseId: string = opened.body.id;
  for (const [username, agency, participantKind, roleInCase] of options.team) {
    const who = claims(await fetchToken(username));
    const added = await stack.caseCoordination.call('POST', `/cases/${caseId}/care-team`, sari, {
      userId: who.sub,
      displayName: who.name,
      agency,
      participantKind,
      roleInCase,
      since: options.since ?? '2026-12-23',
    });
    expect(added.status).toBe(201);
  }
  return caseId;
}

/**
 * Records a guardian's consent for Aino's case through case-coordination's API, as the guardian
 * (the family's page withdraws consents; recording one is the worker's or the guardian's call).
 */
export async function recordConsent(
  stack: WebStack,
  caseId: string,
  username: string,
  consent: Record<string, unknown>,
): Promise<void> {
  const recorded = await stack.caseCoordination.call('POST', `/cases/${caseId}/consents`, await fetchToken(username), consent);
  expect(recorded.status).toBe(201);
}
