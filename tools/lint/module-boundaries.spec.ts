import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

// Lints in-memory snippets as if they were files of the workspace, with the repository's own
// eslint.config.js and Nx project graph, and reads what the module-boundary rule says about them.
const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });
const rule = '@nx/enforce-module-boundaries';
/** The first lint builds the Nx project graph. */
const timeout = 60_000;

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).filter((message) => message.ruleId === rule).map((message) => message.message);
}

describe('module boundaries', () => {
  it(
    'lets a service use a lib',
    async () => {
      const code = `import { topics } from '@yhdessa/contracts';\nexport const used = topics;\n`;
      expect(await boundaryErrors('services/gateway/src/boundary.fixture.ts', code)).toEqual([]);
    },
    timeout,
  );

  it(
    'refuses a service importing another service',
    async () => {
      const code = `import { SERVICE_NAME } from '../../client-plan/src/client-plan.module.js';\nexport const used = SERVICE_NAME;\n`;
      expect(await boundaryErrors('services/gateway/src/boundary.fixture.ts', code)).toEqual([
        expect.stringMatching(/cannot be imported by a relative or absolute path/),
      ]);
    },
    timeout,
  );

  it(
    'refuses a lib importing a service',
    async () => {
      const code = `import { SERVICE_NAME } from '../../../services/gateway/src/gateway.module.js';\nexport const used = SERVICE_NAME;\n`;
      expect(await boundaryErrors('libs/platform/src/boundary.fixture.ts', code)).toEqual([
        expect.stringMatching(/cannot be imported by a relative or absolute path/),
      ]);
    },
    timeout,
  );

  it.each([
    ['a service', 'services/gateway/src/boundary.fixture.ts', 'type:service'],
    ['a lib', 'libs/messaging/src/boundary.fixture.ts', 'type:lib'],
  ])(
    'keeps the testing lib out of the production code of %s',
    async (_kind, filePath, sourceTag) => {
      const code = `import { expectEventually } from '@yhdessa/testing';\nexport const used = expectEventually;\n`;
      expect(await boundaryErrors(filePath, code)).toEqual([
        expect.stringContaining(`A project tagged with "${sourceTag}" can not depend on libs tagged with "type:testing"`),
      ]);
    },
    timeout,
  );

  it.each([
    'services/gateway/src/boundary.fixture.spec.ts',
    'services/gateway/test/boundary.fixture.int-spec.ts',
    'libs/messaging/test/boundary-fixture.helper.ts',
  ])(
    'lets tests use the testing lib (%s)',
    async (filePath) => {
      const code = `import { expectEventually } from '@yhdessa/testing';\nexport const used = expectEventually;\n`;
      expect(await boundaryErrors(filePath, code)).toEqual([]);
    },
    timeout,
  );
});
