import { readFileSync, writeFileSync } from 'node:fs';
import { asyncApiDocument, topics } from '@yhdessa/contracts';
import { topicPublishers } from '@yhdessa/testing';

/** Writes docs/asyncapi.json from the event catalog and the service list; with --check, fails if the file is stale. */
export const ASYNCAPI_PATH = 'docs/asyncapi.json';
export const renderAsyncApi = (): string =>
  `${JSON.stringify(asyncApiDocument(topicPublishers(Object.values(topics))), null, 2)}\n`;

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
