import {
  Controller,
  Get,
  Global,
  Module,
  NotFoundException,
  Param,
  Post,
  Query,
  Res,
  type INestApplication,
  type Type,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AuthenticatedUser } from '@yhdessa/auth';
import {
  Clock,
  CORRELATION_HEADER,
  correlationIdMiddleware,
  newId,
  PROBLEM_CONTENT_TYPE,
  ProblemDetailsFilter,
} from '@yhdessa/platform';
import { openTestDatabase } from '@yhdessa/testing';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import {
  AlsoAuditedRecords,
  assertReadsAreAudited,
  AuditedRead,
  type AlsoAudited,
  AuditLog,
  AuditModule,
  auditEntities,
  auditMigrations,
  NoClientData,
  UnauditedRoutesError,
} from '../src/index.js';

const DATABASE = 'yhdessa_test_audit_http';
const SERVICE = 'audit-http-test';
/** Stands in for client data: it must never reach a caller whose read was not recorded. */
const CLIENT_DATA = 'Lapsen tilanne: luottamuksellinen';

const worker: AuthenticatedUser = {
  userId: 'audit-http-worker',
  username: 'worker',
  displayName: 'Sosiaalityöntekijä',
  agency: 'child-protection',
  roles: ['cp-social-worker'],
  actor: { userId: 'audit-http-worker', agency: 'child-protection', role: 'cp-social-worker' },
};

@Controller('cases')
class CaseReadController {
  @Get()
  @AuditedRead({
    resource: 'case',
    informationClass: 'child-protection',
    purpose: 'care-team-work',
    caseIds: ({ result }) => (result as Array<{ id: string }>).map((item) => item.id),
  })
  list(@Query('ids') ids: string): Array<{ id: string; summary: string }> {
    return ids.split(',').map((id) => ({ id, summary: CLIENT_DATA }));
  }

  @Get(':id')
  @AuditedRead({ resource: 'case', informationClass: 'child-protection', purpose: 'care-team-work' })
  get(@Param('id') id: string): { id: string; summary: string } {
    if (id === MISSING_CASE) throw new NotFoundException();
    return { id, summary: CLIENT_DATA };
  }

  @Get(':caseId/timeline')
  @AuditedRead({ resource: 'case-timeline', informationClass: 'shared-plan', purpose: 'care-team-work' })
  timeline(@Param('caseId') caseId: string): { caseId: string; entries: string[] } {
    return { caseId, entries: [CLIENT_DATA] };
  }

  @Post(':id/notes')
  addNote(): { ok: true } {
    return { ok: true };
  }

  /** Serves the psychiatry nurse's view too: a record of its class beside the route's own. */
  @Get(':caseId/views')
  @AuditedRead({ resource: 'case-views', informationClass: 'shared-plan', purpose: 'care-team-work' })
  views(@Param('caseId') caseId: string, @AlsoAuditedRecords() also: AlsoAudited): { caseId: string; views: string[] } {
    also.add([
      {
        actor: worker.actor,
        action: 'read',
        caseId,
        resource: 'case-view',
        informationClass: 'health',
        purpose: 'care-team-work',
      },
    ]);
    return { caseId, views: [CLIENT_DATA] };
  }
}

@Controller('unaudited')
@NoClientData()
class CollectorWithoutAuditController {
  /** Asks for further records on a route that writes none: they would be lost, so the request fails. */
  @Get(':caseId')
  read(@AlsoAuditedRecords() also: AlsoAudited): { ok: true } {
    also.add([]);
    return { ok: true };
  }
}

const MISSING_CASE = newId();

@Controller('health')
@NoClientData()
class HealthController {
  @Get()
  live(): { status: string } {
    return { status: 'up' };
  }
}

@Controller('reports')
class UndeclaredController {
  @Get('caseload')
  caseload(): number[] {
    return [1, 2, 3];
  }

  @Post('rebuild')
  rebuild(): void {}
}

@Controller('exports')
class RawResponseController {
  @Get(':caseId')
  @AuditedRead({ resource: 'case', informationClass: 'child-protection', purpose: 'care-team-work' })
  download(@Res() response: Response): void {
    response.send(CLIENT_DATA);
  }
}

interface RunningApp {
  app: INestApplication;
  url: string;
}

function rootModuleFor(dataSource: DataSource, controllers: Type[], checkReadRoutes = true): Type {
  @Global()
  @Module({ providers: [{ provide: DataSource, useValue: dataSource }], exports: [DataSource] })
  class DatabaseModule {}

  // The log alone: publishing the records needs the messaging module (audit-record-publication.int-spec).
  @Module({
    imports: [DatabaseModule, AuditModule.forRoot({ service: SERVICE, checkReadRoutes, publishRecords: false })],
    controllers,
  })
  class RootModule {}
  return RootModule;
}

/** A minimal service: correlation ids, a stand-in for the auth guard that sets `request.user`, problem details. */
async function startApp(dataSource: DataSource, user: AuthenticatedUser | null = worker): Promise<RunningApp> {
  const app = await NestFactory.create(
    rootModuleFor(dataSource, [CaseReadController, HealthController, CollectorWithoutAuditController]),
    {
      logger: false,
      abortOnError: false,
    },
  );
  app.use(correlationIdMiddleware);
  app.use((request: Request & { user?: AuthenticatedUser }, _response: Response, next: NextFunction) => {
    if (user) request.user = user;
    next();
  });
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

let dataSource: DataSource;
let audit: AuditLog;
let service: RunningApp;

beforeAll(async () => {
  dataSource = await openTestDatabase({ database: DATABASE, entities: auditEntities, migrations: auditMigrations });
  audit = new AuditLog(dataSource, new Clock(), { service: SERVICE });
  service = await startApp(dataSource);
});

afterAll(async () => {
  await service?.app.close();
  await dataSource?.destroy();
});

async function recordsWithCorrelation(correlationId: string): Promise<number> {
  const rows: Array<{ count: string }> = await dataSource.query('SELECT count(*) FROM audit_record WHERE correlation_id = $1', [
    correlationId,
  ]);
  return Number(rows[0]!.count);
}

describe('@AuditedRead over HTTP', () => {
  it('writes exactly one record for a served case, with caller, case, purpose and correlation id', async () => {
    const caseId = newId();
    const correlationId = `audit-test-${newId()}`;

    const response = await fetch(`${service.url}/cases/${caseId}`, { headers: { [CORRELATION_HEADER]: correlationId } });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: caseId, summary: CLIENT_DATA });
    const records = await audit.forCase(caseId);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      service: SERVICE,
      actor: worker.actor,
      caseId,
      action: 'read',
      resource: 'case',
      informationClass: 'child-protection',
      purpose: 'care-team-work',
      disclosedToAgency: null,
      correlationId,
    });
    expect(await audit.verifyChain()).toEqual({ ok: true });
  });

  it('takes the case from the caseId route param of a sub-resource', async () => {
    const caseId = newId();
    const response = await fetch(`${service.url}/cases/${caseId}/timeline`);
    expect(response.status).toBe(200);
    expect(await audit.forCase(caseId)).toEqual([
      expect.objectContaining({ resource: 'case-timeline', informationClass: 'shared-plan' }),
    ]);
  });

  it('writes one record per case for a response about several cases', async () => {
    const [first, second] = [newId(), newId()];
    const correlationId = `audit-test-${newId()}`;
    const response = await fetch(`${service.url}/cases?ids=${first},${second}`, {
      headers: { [CORRELATION_HEADER]: correlationId },
    });
    expect(response.status).toBe(200);
    expect(await audit.forCase(first)).toHaveLength(1);
    expect(await audit.forCase(second)).toHaveLength(1);
    expect(await recordsWithCorrelation(correlationId)).toBe(2);
  });

  it('writes the records the handler adds with the route’s own, in one transaction', async () => {
    const caseId = newId();
    const response = await fetch(`${service.url}/cases/${caseId}/views`);
    expect(response.status).toBe(200);
    const records = await audit.forCase(caseId);
    expect(records).toEqual([
      expect.objectContaining({ resource: 'case-views', informationClass: 'shared-plan' }),
      expect.objectContaining({ resource: 'case-view', informationClass: 'health' }),
    ]);
    const transactions: Array<{ count: string }> = await dataSource.query(
      'SELECT count(DISTINCT xmin::text) FROM audit_record WHERE case_id = $1',
      [caseId],
    );
    expect(Number(transactions[0]!.count)).toBe(1);
    expect(await audit.verifyChain()).toEqual({ ok: true });
  });

  it('refuses a handler that adds records on a route that writes none, serving nothing', async () => {
    const caseId = newId();
    const response = await fetch(`${service.url}/unaudited/${caseId}`);
    expect(response.status).toBe(500);
    expect(await audit.forCase(caseId)).toHaveLength(0);
  });

  it('writes nothing for a route that serves no client data', async () => {
    const correlationId = `audit-test-${newId()}`;
    const response = await fetch(`${service.url}/health`, { headers: { [CORRELATION_HEADER]: correlationId } });
    expect(response.status).toBe(200);
    expect(await recordsWithCorrelation(correlationId)).toBe(0);
  });

  it('writes nothing when the handler served nothing', async () => {
    const response = await fetch(`${service.url}/cases/${MISSING_CASE}`);
    expect(response.status).toBe(404);
    expect(await audit.forCase(MISSING_CASE)).toHaveLength(0);
  });

  it('serves no data to a request without an authenticated caller', async () => {
    const anonymous = await startApp(dataSource, null);
    try {
      const caseId = newId();
      const response = await fetch(`${anonymous.url}/cases/${caseId}`);
      const body = await response.text();
      expect(response.status).toBe(500);
      expect(JSON.parse(body)).toMatchObject({ status: 500, code: 'audit_actor_missing' });
      expect(body).not.toContain(CLIENT_DATA);
      expect(await audit.forCase(caseId)).toHaveLength(0);
    } finally {
      await anonymous.app.close();
    }
  });

  it('answers 500 problem details and not the data when the record cannot be written', async () => {
    // The same database, reached over connections that can only read: as after a failover to a
    // read-only replica. The advisory lock and the last hash still work; the INSERT is refused.
    const readOnly = await openTestDatabase({
      database: DATABASE,
      entities: auditEntities,
      sessionOptions: '-c default_transaction_read_only=on',
    });
    const failing = await startApp(readOnly);
    try {
      const caseId = newId();
      const response = await fetch(`${failing.url}/cases/${caseId}`);
      const body = await response.text();

      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
      expect(JSON.parse(body)).toMatchObject({ status: 500, code: 'audit_write_failed' });
      expect(body).not.toContain(CLIENT_DATA);
      expect(await audit.forCase(caseId)).toHaveLength(0);
    } finally {
      await failing.app.close();
      await readOnly.destroy();
    }
  });
});

describe('the boot check', () => {
  async function boot(controllers: Type[], checkReadRoutes = true): Promise<{ app: INestApplication; error?: unknown }> {
    const app = await NestFactory.create(rootModuleFor(dataSource, controllers, checkReadRoutes), {
      logger: false,
      abortOnError: false,
    });
    try {
      await app.init();
      return { app };
    } catch (error) {
      return { app, error };
    }
  }

  it('refuses to start with a GET route that declares neither decorator, naming it', async () => {
    const { app, error } = await boot([CaseReadController, HealthController, UndeclaredController]);
    await app.close().catch(() => undefined);
    expect(error).toBeInstanceOf(UnauditedRoutesError);
    expect((error as UnauditedRoutesError).routes).toEqual([{ handler: 'UndeclaredController.caseload', problem: 'undeclared' }]);
    expect((error as Error).message).toContain('UndeclaredController.caseload');
    expect((error as Error).message).not.toContain('rebuild');
  });

  it('refuses an audited handler that writes the response itself, past the interceptor', async () => {
    const { app, error } = await boot([RawResponseController]);
    await app.close().catch(() => undefined);
    expect((error as UnauditedRoutesError).routes).toEqual([
      { handler: 'RawResponseController.download', problem: 'response-bypasses-audit' },
    ]);
  });

  it('starts when every read route is declared', async () => {
    const { app, error } = await boot([CaseReadController, HealthController]);
    await app.close();
    expect(error).toBeUndefined();
  });

  it('can be run on demand with assertReadsAreAudited', async () => {
    const { app, error } = await boot([UndeclaredController], false);
    try {
      expect(error).toBeUndefined();
      expect(() => assertReadsAreAudited(app)).toThrow(/UndeclaredController\.caseload/);
    } finally {
      await app.close();
    }
  });
});
