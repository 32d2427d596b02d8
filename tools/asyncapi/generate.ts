import { readFileSync, writeFileSync } from 'node:fs';
import { asyncApiDocument } from '@yhdessa/contracts';

/** Writes docs/asyncapi.json from the event catalog; with --check, fails if the file is stale. */
export const ASYNCAPI_PATH = 'docs/asyncapi.json';
export const renderAsyncApi = (): string => `${JSON.stringify(asyncApiDocument(), null, 2)}\n`;

if (process.argv[1]?.endsWith('generate.js')) {
  const rendered = renderAsyncApi();
  if (process.argv.includes('--check')) {
    const current = readFileSync(ASYNCAPI_PATH, 'utf8');
    if (current !== rendered) {
      process.stderr.write(`${ASYNCAPI_PATH} is stale: run \`npm run asyncapi\` and commit it.\n`);
      process.exit(1);
    }
  } else {
    writeFileSync(ASYNCAPI_PATH, rendered);
  }
}
