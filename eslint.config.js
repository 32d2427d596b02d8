// Lint for services, libs, tools, the web app and the cross-service e2e tests. The module boundaries come from the Nx tags in each
// project.json: a service or the web app depends only on libs (never on a service), a lib only on libs, and the testing lib
// (tagged type:testing) only from tests.
import nx from '@nx/eslint-plugin';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const code = ['services/**/*.ts', 'libs/**/*.ts'];
const web = ['apps/web/src/**/*.{ts,tsx}', 'apps/web/*.ts'];
const tests = ['{services,libs}/**/*.spec.ts', '{services,libs}/**/*.int-spec.ts', '{services,libs}/*/test/**/*.ts'];

/** Production code may not reach the testing lib; tests may. */
const moduleBoundaries = ({ testingAllowed }) => [
  'error',
  {
    allow: [],
    enforceBuildableLibDependency: false,
    depConstraints: ['type:service', 'type:app', 'type:lib'].map((sourceTag) => ({
      sourceTag,
      onlyDependOnLibsWithTags: ['type:lib'],
      ...(testingAllowed ? {} : { notDependOnLibsWithTags: ['type:testing'] }),
    })),
  },
];

export default defineConfig([
  globalIgnores(['dist/', 'reports/', 'coverage/', 'docs/', 'infra/']),
  {
    // e2e/ composes several services in one test on purpose, so module boundaries do not apply there.
    files: [...code, ...web, 'tools/**/*.ts', 'e2e/**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      // The codebase's convention for a deliberately unused name: a leading underscore, or a rest sibling.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: [...code, ...web],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': moduleBoundaries({ testingAllowed: false }),
      'no-console': 'error',
    },
  },
  {
    files: tests,
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries({ testingAllowed: true }) },
  },
]);
