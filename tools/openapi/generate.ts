import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { moduleControllers, openApiDocument } from '@yhdessa/runtime';
import { serviceList } from '@yhdessa/testing';
import { serviceModules } from './service-modules.js';

/** Writes docs/openapi/<service>.json for every service from its controllers; with --check, fails if one is stale. */
export const OPENAPI_DIR = 'docs/openapi';
export const openApiPath = (service: string): string => `${OPENAPI_DIR}/${service}.json`;

// Building every service's root module in one process makes TypeORM warn that a default data source
// is registered again; nothing is registered for real here (no module is instantiated).
Logger.overrideLogger(['error']);

export function renderOpenApi(service: string): string {
  const module = serviceModules[service];
  if (!module) throw new Error(`tools/openapi/service-modules.ts does not build ${service}`);
  return `${JSON.stringify(openApiDocument(service, moduleControllers(module())), null, 2)}\n`;
}

if (process.argv[1]?.endsWith('generate.js')) {
  const check = process.argv.includes('--check');
  let stale = 0;
  if (!check) mkdirSync(OPENAPI_DIR, { recursive: true });
  for (const { name } of serviceList()) {
    const rendered = renderOpenApi(name);
    if (!check) writeFileSync(openApiPath(name), rendered);
    else if (!existsSync(openApiPath(name)) || readFileSync(openApiPath(name), 'utf8') !== rendered) {
      process.stderr.write(`${openApiPath(name)} is stale: run \`npm run openapi\` and commit it.\n`);
      stale += 1;
    }
  }
  if (stale > 0) process.exit(1);
}
