import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages } from './resources/languages.js';
import type { Resources } from './resources/resources.types.js';

/**
 * Every visible string exists in Finnish, Swedish and English: the same keys in each language, the
 * same placeholders, every key the code names, and words for every value the API and the platform's
 * contracts can send (deadline kinds, roles, agencies, events, problem codes…).
 */
const repo = join(import.meta.dirname, '../../../..');
const webSource = join(repo, 'apps/web/src');

function flatten(resources: Resources, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(resources)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

const flat = Object.fromEntries(
  Object.entries(languages).map(([language, resources]) => [language, flatten(resources)]),
) as Record<keyof typeof languages, Map<string, string>>;
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

/** Keys missing in any language, as `language: key`. */
const missingAnywhere = (keys: Iterable<string>) =>
  [...keys].flatMap((key) =>
    Object.entries(flat).flatMap(([language, entries]) => (entries.has(key) ? [] : [`${language}: ${key}`])),
  );

function filesUnder(directory: string, pattern: RegExp): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The values of an `export const name = ['a', 'b'] as const` list in a file of the platform's contracts. */
function listIn(file: string, name: string): string[] {
  const list = new RegExp(`export const ${name} = \\[([^\\]]*)\\]`).exec(readFileSync(join(repo, file), 'utf8'));
  return [...(list?.[1] ?? '').matchAll(/'([^']+)'/g)].map((match) => match[1]!);
}

const openApi = JSON.parse(readFileSync(join(repo, 'docs/openapi/case-coordination.json'), 'utf8'));
const gatewayApi = JSON.parse(readFileSync(join(repo, 'docs/openapi/gateway.json'), 'utf8'));
const schema = (name: string) => openApi.components.schemas[name].properties;
const openCaseBody = openApi.paths['/cases'].post.requestBody.content['application/json'].schema.properties;

describe('translations', () => {
  it('has every key in every language', () => {
    const everyKey = new Set(Object.values(flat).flatMap((entries) => [...entries.keys()]));
    expect(missingAnywhere(everyKey)).toEqual([]);
  });

  it('has words in every entry, and the same placeholders in each language', () => {
    const problems: string[] = [];
    for (const [key, finnish] of flat.fi) {
      for (const [language, entries] of Object.entries(flat)) {
        const text = entries.get(key) ?? '';
        if (text.trim() === '') problems.push(`${language}: ${key} is empty`);
        if (placeholders(text).join() !== placeholders(finnish).join())
          problems.push(`${language}: ${key} has {{${placeholders(text)}}}, fi has {{${placeholders(finnish)}}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has every key the app’s code names, in t(…) or as a key handed on (`'openCase.required'`)", () => {
    const namespaces = new Set(Object.keys(languages.fi));
    const used = new Set<string>();
    for (const file of filesUnder(webSource, /\.tsx?$/).filter((name) => !name.endsWith('.spec.ts'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'([a-zA-Z]+)\.([a-zA-Z0-9_.-]+)'/g)) {
        if (namespaces.has(match[1]!)) used.add(`${match[1]}.${match[2]}`);
      }
    }
    expect(used.size).toBeGreaterThan(100);
    expect(missingAnywhere(used)).toEqual([]);
  });

  it('has words for every value the API sends or takes', () => {
    const families: Record<string, readonly string[]> = {
      'deadline.kind': schema('DeadlineForReader').kind.enum,
      'deadline.status': schema('DeadlineForReader').status.enum,
      informationClass: schema('TimelineEntry').informationClass.enum,
      'accessReport.purpose': schema('AccessReportEntry').purpose.enum,
      origin: openCaseBody.origin.enum,
      caseLanguage: openCaseBody.language.enum,
      channel: openCaseBody.notification.properties.channel.enum,
      agency: gatewayApi.components.schemas.Me.properties.agency.enum,
      role: gatewayApi.components.schemas.Me.properties.roles.items.enum,
      participantKind: schema('CareTeamMemberForReader').participantKind.description.split(' | '),
      'casePage.status': schema('Case').status.description.split(' | '),
      consentGiver: listIn('libs/contracts/src/case/consent.events.ts', 'consentGiverRoles'),
      consentMethod: listIn('libs/contracts/src/case/consent.events.ts', 'consentMethods'),
      'openCase.identityCodeInvalid': ['format', 'date', 'check-character', 'individual-number'],
    };
    const keys = Object.entries(families).flatMap(([family, values]) => {
      expect(values.length).toBeGreaterThan(1);
      return values.map((value) => `${family}.${value}`);
    });
    expect(missingAnywhere(keys)).toEqual([]);
  });

  it('names every event the case timeline can show: those of the services’ events topics in the contracts’ catalog', () => {
    const catalog = readFileSync(join(repo, 'libs/contracts/src/event-catalog.ts'), 'utf8');
    const entries = [...catalog.matchAll(/^ {2}'([A-Z]\w+)\.v\d+': \{([\s\S]*?)^ {2}\},/gm)].map((match) => ({
      event: match[1]!,
      topic: /topic: ([\w.]+),/.exec(match[2]!)?.[1] ?? '',
      readAgain: /^ {4}readAgain: true,$/m.test(match[2]!),
    }));
    const shown = entries.filter((entry) => entry.topic.startsWith('topics.') && !entry.readAgain);
    const events = new Set(shown.map((entry) => entry.event));
    expect(entries.some((entry) => !entry.topic.startsWith('topics.'))).toBe(true); // state records and audit records stay off the timeline
    expect(entries.some((entry) => entry.readAgain)).toBe(true); // so do the notices to read again
    expect(events.size).toBeGreaterThan(10);
    expect(missingAnywhere([...events].map((event) => `timelineEvent.${event}`))).toEqual([]);
  });

  it('turns every problem code the app’s services can answer with into a sentence', () => {
    const errorFiles = [
      ...filesUnder(join(repo, 'services'), /\.error\.ts$/).filter((file) => file.includes('/src/')),
      ...filesUnder(join(repo, 'libs'), /\.error\.ts$/),
    ];
    const codes = new Set(
      errorFiles.flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/^\s+\w+ = '([a-z0-9_]+)',?$/gm)].map((match) => match[1]!),
      ),
    );
    const filter = readFileSync(join(repo, 'libs/platform/src/errors/problem-details.filter.ts'), 'utf8');
    for (const match of filter.matchAll(/'([a-z]+_[a-z_]+)'/g)) codes.add(match[1]!);
    for (const code of ['case_not_found', 'validation_failed', 'token_missing', 'rate_limited', 'internal_error'])
      expect(codes).toContain(code);
    expect(missingAnywhere([...codes].map((code) => `problem.${code}`))).toEqual([]);
  });
});
