import { CareTeamProjection } from '@yhdessa/care-team';
import { ConsentProjection } from '@yhdessa/consent';
import type { ExpertKind, PayloadOf } from '@yhdessa/contracts';
import { finnishDate, newId } from '@yhdessa/platform';
import { claims, projectionFeeder, type ServiceFixture } from '@yhdessa/testing';
import { DataSource } from 'typeorm';

/**
 * The world a booking test needs, made through the service's own routes and projections: a clean
 * slate of experts and bookings in the test's own database, experts with weekly windows, and cases
 * as the service learns them from case-coordination (care team and consents fed to its projections).
 */
export function bookingWorld(service: ServiceFixture<unknown>, managerToken: string) {
  const dataSource = () => service.app.get(DataSource);
  const careTeam = service.app.get(CareTeamProjection);
  const consents = service.app.get(ConsentProjection);
  const dayBefore = (at: Date) => finnishDate(new Date(at.getTime() - 86_400_000));
  return {
    /**
     * Forgets earlier runs' experts and bookings, as the tables' owner: this database is the test's alone.
     * Every other booking table hangs off an expert or a booking, so CASCADE empties it with them.
     */
    async reset(owner: DataSource): Promise<void> {
      await owner.query('TRUNCATE expert, booking CASCADE');
    },

    /** Registers an expert (a real user by token, or a made-up one) with weekly windows; answers their expert id. */
    async expert(
      person: { token: string } | { userId: string; displayName: string },
      kind: ExpertKind,
      windows: Array<{ weekday: number; starts: string; ends: string }>,
    ): Promise<string> {
      const who = 'token' in person ? { userId: claims(person.token).sub, displayName: claims(person.token).name } : person;
      const registered = await service.call('POST', '/experts', managerToken, { ...who, kind });
      if (registered.status !== 201) throw new Error(`expert not registered: ${JSON.stringify(registered.body)}`);
      const expertId = registered.body.expertId as string;
      const set = await service.call('PUT', `/experts/${expertId}/availability`, managerToken, { windows });
      if (set.status !== 200) throw new Error(`availability not set: ${JSON.stringify(set.body)}`);
      return expertId;
    },

    /** A case with these people on its care team since the day before `at`; answers its id. */
    async caseWith(
      members: Array<{ token: string; agency: PayloadOf<'CareTeamMemberAdded.v1'>['agency']; roleInCase: string }>,
      at: Date,
    ): Promise<string> {
      const caseId = newId();
      const feed = projectionFeeder(dataSource, careTeam, { 'CareTeamMemberAdded.v1': careTeam.onMemberAdded }, at);
      for (const member of members) {
        const { sub, name } = claims(member.token);
        await feed('CareTeamMemberAdded.v1', caseId, {
          memberId: newId(),
          userId: sub,
          displayName: name,
          agency: member.agency,
          participantKind: 'professional',
          roleInCase: member.roleInCase,
          since: dayBefore(at),
          until: null,
        });
      }
      return caseId;
    },

    /** The guardian's consent that an agency sees a class of the child's information, for a month from the day before `at`. */
    async consent(
      caseId: string,
      informationClass: PayloadOf<'ConsentGiven.v1'>['informationClass'],
      toAgency: PayloadOf<'ConsentGiven.v1'>['toAgency'],
      at: Date,
    ): Promise<void> {
      const feed = projectionFeeder(dataSource, consents, { 'ConsentGiven.v1': consents.onGiven }, at);
      await feed('ConsentGiven.v1', caseId, {
        consentId: newId(),
        givenBy: { role: 'guardian', userId: null },
        method: 'written',
        informationClass,
        toAgency,
        validFrom: dayBefore(at),
        validUntil: finnishDate(new Date(at.getTime() + 30 * 86_400_000)),
        givenAt: at.toISOString(),
      });
    },
  };
}
