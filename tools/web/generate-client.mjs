// The web app's typed API types, one file per service document in docs/openapi (`npm run web:client`;
// `--check` fails while a committed file is stale). A new service's document gets its file by itself.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const check = process.argv.includes('--check');
for (const document of readdirSync('docs/openapi')
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const service = document.replace(/\.json$/, '');
  execFileSync(
    'openapi-typescript',
    [`docs/openapi/${document}`, '-o', `apps/web/src/api/${service}.openapi.ts`, ...(check ? ['--check'] : [])],
    { stdio: 'inherit' },
  );
}
