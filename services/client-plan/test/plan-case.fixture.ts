import { CareTeamProjection } from '@yhdessa/care-team';
import { ConsentProjection } from '@yhdessa/consent';
import type { PayloadOf } from '@yhdessa/contracts';
import { finnishDate, newId } from '@yhdessa/platform';
import { claims, fetchToken, projectionFeeder, type ServiceFixture } from '@yhdessa/testing';
import { DataSource } from 'typeorm';

/** A care-team member as a test names them: their token, and how they take part. */
export interface Party {
  token: string;
  agency: PayloadOf<'CareTeamMemberAdded.v1'>['agency'];
  participantKind: PayloadOf<'CareTeamMemberAdded.v1'>['participantKind'];
  roleInCase: string;
}

/** Journey 2's people as the plan's tests seat them on a care team: the demo user and how they take part. */
const journeyPeople = {
  worker: ['sari.virtanen', 'child-protection', 'professional', 'responsible social worker'],
  teacher: ['anna.laine', 'school', 'professional', 'class teacher'],
  nurse: ['pekka.nurmi', 'psychiatry', 'professional', 'liaison nurse'],
  mother: ['liisa.aalto', 'family', 'guardian', 'mother'],
  foster: ['riitta.hakala', 'family', 'foster-carer', 'foster carer'],
  aino: ['aino.aalto', 'family', 'child', 'child'],
  /** A teacher of another class: on a care team only where a test seats him, otherwise an outsider. */
  otherTeacher: ['ville.heikkinen', 'school', 'professional', 'teacher'],
  outsider: ['ville.heikkinen', 'school', 'professional', 'teacher'],
  clinician: ['hanna.makinen', 'psychiatry', 'professional', 'psychiatrist'],
} as const satisfies Record<string, readonly [string, Party['agency'], Party['participantKind'], string]>;

export type PartyName = keyof typeof journeyPeople;

/** The named people of journey 2, each with a fresh token of their own. */
export async function fetchParties<Name extends PartyName>(names: readonly Name[]): Promise<Record<Name, Party>> {
  const parties = await Promise.all(
    names.map(async (name) => {
      const [username, agency, participantKind, roleInCase] = journeyPeople[name];
      return [name, { token: await fetchToken(username), agency, participantKind, roleInCase }] as const;
    }),
  );
  return Object.fromEntries(parties) as Record<Name, Party>;
}

/**
 * A case as client-plan learns it from case-coordination: its care team and consents fed to the
 * service's own projections (the handlers its consumer runs), each member under their real user id.
 */
export function planCases(service: ServiceFixture<unknown>) {
  const dataSource = () => service.app.get(DataSource);
  const careTeam = service.app.get(CareTeamProjection);
  const consents = service.app.get(ConsentProjection);
  const at = new Date();
  const feedTeam = projectionFeeder(
    dataSource,
    careTeam,
    { 'CareTeamMemberAdded.v1': careTeam.onMemberAdded, 'CareTeamMemberRemoved.v1': careTeam.onMemberRemoved },
    at,
  );
  const feedConsent = projectionFeeder(dataSource, consents, { 'ConsentGiven.v1': consents.onGiven }, at);
  const memberIds = new Map<string, string>();
  return {
    /** A new case with these members on its care team from today. */
    async open(parties: readonly Party[]): Promise<string> {
      const caseId = newId();
      for (const party of parties) {
        const { sub, name } = claims(party.token);
        const memberId = newId();
        memberIds.set(`${caseId}/${sub}`, memberId);
        await feedTeam('CareTeamMemberAdded.v1', caseId, {
          memberId,
          userId: sub,
          displayName: name,
          agency: party.agency,
          participantKind: party.participantKind,
          roleInCase: party.roleInCase,
          since: finnishDate(new Date(Date.now() - 86_400_000)),
          until: null,
        });
      }
      return caseId;
    },
    async remove(caseId: string, party: Party): Promise<void> {
      const { sub } = claims(party.token);
      await feedTeam('CareTeamMemberRemoved.v1', caseId, {
        memberId: memberIds.get(`${caseId}/${sub}`)!,
        userId: sub,
        agency: party.agency,
        until: finnishDate(new Date(Date.now() - 86_400_000)),
        reason: null,
      });
    },
    /** The guardian's consent that an agency sees a class of the child's information, for a month. */
    async consent(
      caseId: string,
      informationClass: PayloadOf<'ConsentGiven.v1'>['informationClass'],
      toAgency: PayloadOf<'ConsentGiven.v1'>['toAgency'],
    ) {
      await feedConsent('ConsentGiven.v1', caseId, {
        consentId: newId(),
        givenBy: { role: 'guardian', userId: null },
        method: 'written',
        informationClass,
        toAgency,
        validFrom: finnishDate(new Date(Date.now() - 86_400_000)),
        validUntil: finnishDate(new Date(Date.now() + 30 * 86_400_000)),
        givenAt: new Date().toISOString(),
      });
    },
  };
}
