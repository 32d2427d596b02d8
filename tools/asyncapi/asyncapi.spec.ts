import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { eventCatalog } from '@yhdessa/contracts';
import { ASYNCAPI_PATH, renderAsyncApi } from './generate.js';

describe('AsyncAPI document', () => {
  it('is committed as generated from the event catalog (run `npm run asyncapi` after changing events)', () => {
    expect(readFileSync(ASYNCAPI_PATH, 'utf8')).toBe(renderAsyncApi());
  });

  it('is a valid AsyncAPI 3 document describing every event of the catalog', async () => {
    const { document, diagnostics } = await new Parser().parse(renderAsyncApi());
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 0)).toEqual([]);
    const described = document!
      .allMessages()
      .all()
      .map((message) => message.name());
    expect(described.sort()).toEqual(
      Object.values(eventCatalog)
        .map((definition) => definition.type)
        .sort(),
    );
  });
});
