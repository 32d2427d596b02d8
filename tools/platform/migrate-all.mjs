// Applies the pending migrations of every service with a database (tools/platform/services.json),
// each to its own database.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const { services } = JSON.parse(readFileSync(new URL('./services.json', import.meta.url), 'utf8'));
for (const { name } of services.filter((service) => service.databaseVariable)) {
  const script = `dist/services/${name}/src/migrate.js`;
  if (!existsSync(script)) {
    console.error(`${script} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${name}: migrations failed.`);
    process.exit(result.status ?? 1);
  }
}
