import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { loadAssessmentConfig } from '../../services/assessment/src/assessment.config.js';
import { loadCaseCoordinationConfig } from '../../services/case-coordination/src/case-coordination.config.js';
import { loadClientPlanConfig } from '../../services/client-plan/src/client-plan.config.js';
import { loadConsultationBookingConfig } from '../../services/consultation-booking/src/consultation-booking.config.js';
import { loadGatewayConfig } from '../../services/gateway/src/gateway.config.js';
import { composeDefaults, envFile, interpolate } from './compose.util.js';

// docker-compose.yml runs the same services as ./yhdessa, configured as .env.example documents; this
// reads it as `docker compose` would without a .env (every ${VAR:-default} takes its default).

interface ComposeService {
  build?: { context: string; dockerfile: string; args: Record<string, string> };
  environment?: Record<string, string | number | boolean>;
  ports?: string[];
  healthcheck?: { test: string[] | string };
}

const composeText = readFileSync('docker-compose.yml', 'utf8');
const compose = YAML.parse(composeText, { merge: true }) as { services: Record<string, ComposeService> };
const example = envFile(readFileSync('.env.example', 'utf8'));
const platform = (
  JSON.parse(readFileSync('tools/platform/services.json', 'utf8')) as { services: Array<{ name: string; portVariable: string }> }
).services;
const services = platform.map((service) => service.name);
const servers = ['postgres', 'redis', 'kafka', 'keycloak'];

/** Each service's own configuration loader: the compose environment must be one it starts with. */
const loaders: Record<string, (env: NodeJS.ProcessEnv) => { LISTEN_HOST: string } & Record<string, unknown>> = {
  'case-coordination': loadCaseCoordinationConfig,
  assessment: loadAssessmentConfig,
  'client-plan': loadClientPlanConfig,
  'consultation-booking': loadConsultationBookingConfig,
  gateway: loadGatewayConfig,
};

/** Where docker-compose.yml deliberately differs from a developer machine's .env.example, and why. */
const productionDefaults: Record<string, string> = {
  RATE_LIMIT_WRITES: ".env.example's limit is raised for tests sharing the demo users; compose keeps production's",
  API_DOCS: 'the OpenAPI document is served in development only',
};

const serviceEnv = (name: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(compose.services[name]!.environment ?? {}).map(([key, value]) => [key, interpolate(String(value), {})]),
  );

describe('docker-compose.yml', () => {
  it('runs every service of the platform, each built from the one Dockerfile, and nothing else besides the servers', () => {
    expect(
      Object.keys(compose.services)
        .filter((name) => !servers.includes(name))
        .sort(),
    ).toEqual([...services].sort());
    expect(Object.keys(loaders).sort()).toEqual([...services].sort());
    for (const name of services) {
      expect(compose.services[name]!.build).toEqual({
        context: '.',
        dockerfile: 'infra/docker/Dockerfile',
        args: { SERVICE: name },
      });
    }
  });

  it.each(services)('gives %s an environment its configuration accepts, listening on every interface', (name) => {
    const config = loaders[name]!(serviceEnv(name));
    expect(config.LISTEN_HOST).toBe('0.0.0.0');
  });

  it.each(services)('publishes the port %s listens on, on loopback, and checks its health there', (name) => {
    const variable = platform.find((service) => service.name === name)!.portVariable;
    const config = loaders[name]!(serviceEnv(name));
    const port = String(config[variable]);
    expect(port).toBe(example[variable]);
    expect((compose.services[name]!.ports ?? []).map((mapping) => interpolate(mapping, {}))).toEqual([
      `127.0.0.1:${port}:${port}`,
    ]);
    const test = compose.services[name]!.healthcheck?.test;
    const command = interpolate(Array.isArray(test) ? test.join(' ') : String(test), {});
    expect(command).toContain(`http://127.0.0.1:${port}/health/ready`);
  });

  it('passes the services only variables .env.example documents', () => {
    for (const name of services) {
      const undocumented = Object.keys(compose.services[name]!.environment ?? {}).filter(
        (key) => key !== 'NODE_ENV' && !(key in example),
      );
      expect({ service: name, undocumented }).toEqual({ service: name, undocumented: [] });
    }
  });

  it("defaults every ${VAR:-default} to .env.example's value, except where production differs on purpose", () => {
    const defaults = composeDefaults(composeText);
    expect(defaults.length).toBeGreaterThan(0);
    const disagreeing = defaults
      .filter(({ variable, fallback }) => example[variable] !== fallback && !(variable in productionDefaults))
      .map(({ variable, fallback }) => `${variable}: compose ${fallback}, .env.example ${example[variable] ?? '(missing)'}`);
    expect(disagreeing).toEqual([]);
    for (const variable of Object.keys(productionDefaults)) expect(variable in example).toBe(true);
  });
});
