import { existsSync, readFileSync } from 'node:fs';
import { API_VERSION } from '@yhdessa/runtime';
import { serviceList } from '@yhdessa/testing';
import { openApiPath, renderOpenApi } from './generate.js';
import { serviceModules } from './service-modules.js';

const services = serviceList().map((service) => service.name);

interface Operation {
  operationId: string;
  parameters?: Array<{ name: string; in: string }>;
  responses: Record<string, unknown>;
  security?: unknown[];
}

/** Every `$ref` in a document, and whether it names something the document has. */
function danglingRefs(document: unknown): string[] {
  const refs: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === '$ref' && typeof inner === 'string') refs.push(inner);
        else walk(inner);
      }
    }
  };
  walk(document);
  const resolves = (ref: string) =>
    ref.startsWith('#/') &&
    ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document) !== undefined;
  return refs.filter((ref) => !resolves(ref));
}

describe('OpenAPI documents', () => {
  it('are generated for every service of the platform', () => {
    expect(Object.keys(serviceModules).sort()).toEqual([...services].sort());
  });

  it.each(services)(
    'docs/openapi/%s.json is committed as generated from the routes (run `npm run openapi` after changing one)',
    (service) => {
      expect(existsSync(openApiPath(service))).toBe(true);
      expect(readFileSync(openApiPath(service), 'utf8')).toBe(renderOpenApi(service));
    },
  );

  it.each(services)('%s: an OpenAPI 3.1 document whose every reference resolves and every route is described', (service) => {
    const document = JSON.parse(renderOpenApi(service));
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(document.info).toMatchObject({ title: service, version: API_VERSION });
    expect(danglingRefs(document)).toEqual([]);
    for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, Operation>>)) {
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      for (const operation of Object.values(item)) {
        const inPath = (operation.parameters ?? [])
          .filter((parameter) => parameter.in === 'path')
          .map((parameter) => parameter.name);
        expect({ path, parameters: inPath }).toEqual({ path, parameters: templated });
        // A success: an answer, or a redirect (the gateway's sign-in routes answer 302).
        expect(Object.keys(operation.responses).some((status) => /^[23]\d\d$/.test(status))).toBe(true);
        expect(operation.responses['default']).toEqual({ $ref: '#/components/responses/Problem' });
        if (operation.security === undefined)
          expect(operation.responses['401']).toEqual({ $ref: '#/components/responses/Unauthorized' });
      }
    }
    expect(document.paths['/health/ready'].get.security).toEqual([]);
  });

  it('carries the version in package.json', () => {
    expect(API_VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });
});
