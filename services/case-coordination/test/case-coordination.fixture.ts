import { newId } from '@yhdessa/platform';
import { startServiceUnderTest, testServiceEnv, type ServiceUnderTest } from '@yhdessa/testing';
import { DataSource } from 'typeorm';
import { loadCaseCoordinationConfig } from '../src/case-coordination.config.js';
import { CaseCoordinationModule, caseCoordinationMessaging } from '../src/case-coordination.module.js';
import { caseCoordinationMigrations } from '../src/migrations/index.js';

export interface Answer {
  status: number;
  type: string | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whatever JSON came back
  body: any;
}

export interface CaseCoordinationUnderTest extends ServiceUnderTest {
  dataSource: DataSource;
  /** An HTTP call with the caller's bearer token; a string body is sent as it is (to test unreadable JSON). */
  call(method: string, path: string, token: string | undefined, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
}

/** case-coordination as it runs in production, on a test database of its own and its own consumer group. */
export async function startCaseCoordination(database: string): Promise<CaseCoordinationUnderTest> {
  const config = loadCaseCoordinationConfig(
    testServiceEnv({ CASE_COORDINATION_PORT: '3001', CASE_COORDINATION_DB: database, KAFKA_GROUP_ID: `${database}-${newId()}` }),
  );
  const service = await startServiceUnderTest({
    config,
    database,
    migrations: caseCoordinationMigrations,
    module: CaseCoordinationModule.forRoot(config),
    messaging: caseCoordinationMessaging(config),
  });
  return {
    ...service,
    dataSource: service.app.get(DataSource),
    async call(method, path, token, body, headers = {}) {
      const response = await fetch(`${service.url}${path}`, {
        method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, type: response.headers.get('content-type'), body: text ? JSON.parse(text) : undefined };
    },
  };
}

/** The claims of a real token, for the caller's user id (`sub`) and name. */
export const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string; name: string };
