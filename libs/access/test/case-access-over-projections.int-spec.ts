import { Controller, Get, Module, Post, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@yhdessa/auth';
import { CareTeamProjection, careTeamMigrations } from '@yhdessa/care-team';
import { ConsentProjection, consentMigrations } from '@yhdessa/consent';
import type { Envelope } from '@yhdessa/contracts';
import { ensureDatabase, finnishDate, newId, ProblemDetailsFilter } from '@yhdessa/platform';
import { fetchToken, testServers } from '@yhdessa/testing';
import { DataSource } from 'typeorm';
import {
  CaseAccess,
  CaseAccessModule,
  caseSight,
  CurrentCaseReader,
  redact,
  type CaseReader,
  type FieldTable,
} from '../src/index.js';

/** What a contribution to a multi-actor assessment may look like: each agency's part carries its class. */
interface Contribution {
  id: string;
  summary: string;
  healthNote: string;
  schoolNote: string;
}
const contributionFields: FieldTable<Contribution> = {
  id: 'reference',
  summary: 'shared-plan',
  healthNote: 'health',
  schoolNote: 'school',
};
const contribution: Contribution = {
  id: 'c-1',
  summary: 'Aino in her own words',
  healthNote: 'sleeps badly',
  schoolNote: 'absent on Mondays',
};

@Controller('cases/:caseId/contribution')
class ContributionController {
  @Get()
  @CaseAccess('read')
  read(@CurrentCaseReader() reader: CaseReader) {
    return redact(contribution, contributionFields, caseSight(reader));
  }

  @Post('sign-off')
  @CaseAccess('sign')
  signOff() {
    return { signed: true };
  }
}

/**
 * A service that knows cases only from its care-team and consent projections (assessment, client
 * plan, booking) guards its routes and redacts its views with the same seam as case-coordination:
 * real tokens, the projections fed by their own event handlers, a real database.
 */
describe('@CaseAccess over the care-team and consent projections', () => {
  const database = 'yhdessa_test_access_projection';
  let app: INestApplication;
  let url: string;
  let dataSource: DataSource;
  const caseId = newId();
  const today = finnishDate(new Date());
  const tomorrow = finnishDate(new Date(Date.now() + 86_400_000));

  const sub = async (username: string) =>
    JSON.parse(Buffer.from((await fetchToken(username)).split('.')[1]!, 'base64url').toString()).sub as string;
  const envelope = <P>(type: string, payload: P): Envelope<P> =>
    ({
      id: newId(),
      type,
      version: 1,
      occurredAt: new Date().toISOString(),
      caseId,
      correlationId: newId(),
      causationId: null,
      actor: { userId: 'sari', agency: 'child-protection', role: 'cp-social-worker' },
      payload,
    }) as unknown as Envelope<P>;
  const join = async (username: string, agency: string, participantKind: string, since = today) => {
    const memberId = newId();
    await app.get(CareTeamProjection).onMemberAdded(
      envelope('CareTeamMemberAdded', {
        memberId,
        userId: await sub(username),
        displayName: username,
        agency,
        participantKind,
        roleInCase: participantKind,
        since,
        until: null,
      }) as never,
      dataSource.manager,
    );
    return memberId;
  };
  const call = async (method: string, path: string, username: string) => {
    const response = await fetch(`${url}${path}`, { method, headers: { authorization: `Bearer ${await fetchToken(username)}` } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const read = (username: string, id = caseId) => call('GET', `/cases/${id}/contribution`, username);

  beforeAll(async () => {
    const servers = testServers();
    const { host, port, user, password } = servers.pg;
    await ensureDatabase({ host, port, user, password }, database);

    @Module({
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          host,
          port,
          username: user,
          password,
          database,
          migrations: [...careTeamMigrations, ...consentMigrations],
          migrationsRun: true,
          migrationsTransactionMode: 'each',
        }),
        AuthModule.forRoot({ issuer: servers.oidcIssuer, audience: servers.oidcAudience }),
        CaseAccessModule,
      ],
      controllers: [ContributionController],
    })
    class ProjectionServiceModule {}

    app = await NestFactory.create(ProjectionServiceModule, { logger: false });
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    dataSource = app.get(DataSource);
  }, 60_000);

  afterAll(async () => {
    await dataSource?.query('DELETE FROM care_team_member WHERE case_id = $1', [caseId]);
    await dataSource?.query('DELETE FROM consent WHERE case_id = $1', [caseId]);
    await app?.close();
  });

  it('shows each member their own agency’s part and the shared one; to anyone else the case does not exist', async () => {
    await join('sari.virtanen', 'child-protection', 'professional');
    await join('hanna.makinen', 'psychiatry', 'professional');
    await join('anna.laine', 'school', 'professional');
    await join('liisa.aalto', 'family', 'guardian');
    await join('ville.heikkinen', 'school', 'professional', tomorrow);

    expect((await read('sari.virtanen')).body).toEqual(contribution);
    expect((await read('hanna.makinen')).body).toEqual({
      id: 'c-1',
      summary: 'Aino in her own words',
      healthNote: 'sleeps badly',
    });
    expect((await read('anna.laine')).body).toEqual({
      id: 'c-1',
      summary: 'Aino in her own words',
      schoolNote: 'absent on Mondays',
    });
    expect((await read('liisa.aalto')).body).toEqual({ id: 'c-1', summary: 'Aino in her own words' });
    for (const [username, id] of [
      ['ville.heikkinen', caseId],
      ['outi.rantanen', caseId],
      ['sari.virtanen', newId()],
      ['sari.virtanen', 'not-a-uuid'],
    ]) {
      expect(await read(username!, id)).toEqual({ status: 404, body: expect.objectContaining({ code: 'case_not_found' }) });
    }
  });

  it("opens the health part to the school while the family's consent is in force, and closes it on withdrawal", async () => {
    const consentId = newId();
    const consents = app.get(ConsentProjection);
    await consents.onGiven(
      envelope('ConsentGiven', {
        consentId,
        givenBy: { role: 'guardian', userId: null },
        method: 'written',
        informationClass: 'health',
        toAgency: 'school',
        validFrom: today,
        validUntil: finnishDate(new Date(Date.now() + 30 * 86_400_000)),
        givenAt: new Date().toISOString(),
      }) as never,
      dataSource.manager,
    );
    expect((await read('anna.laine')).body).toEqual(contribution);
    expect((await read('hanna.makinen')).body).not.toHaveProperty('schoolNote');

    await consents.onWithdrawn(
      envelope('ConsentWithdrawn', {
        consentId,
        withdrawnBy: { role: 'guardian' },
        withdrawnAt: new Date().toISOString(),
      }) as never,
      dataSource.manager,
    );
    expect((await read('anna.laine')).body).not.toHaveProperty('healthNote');
  });

  it('lets every party on the care team sign, and no one once they have left it', async () => {
    const memberId = await join('maria.korhonen', 'school', 'professional');
    expect((await call('POST', `/cases/${caseId}/contribution/sign-off`, 'liisa.aalto')).status).toBe(201);
    expect((await call('POST', `/cases/${caseId}/contribution/sign-off`, 'maria.korhonen')).status).toBe(201);

    await app.get(CareTeamProjection).onMemberRemoved(
      envelope('CareTeamMemberRemoved', {
        memberId,
        userId: await sub('maria.korhonen'),
        agency: 'school',
        until: today,
        reason: null,
      }) as never,
      dataSource.manager,
    );
    expect((await call('POST', `/cases/${caseId}/contribution/sign-off`, 'maria.korhonen')).body.code).toBe('case_not_found');
    expect((await read('maria.korhonen')).status).toBe(404);
  });
});
