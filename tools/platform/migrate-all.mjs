// Applies every service's pending migrations to its own database (the gateway has none).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const services = ['case-coordination', 'assessment', 'client-plan', 'consultation-booking'];
for (const service of services) {
  const script = `dist/services/${service}/src/migrate.js`;
  if (!existsSync(script)) {
    console.error(`${script} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${service}: migrations failed.`);
    process.exit(result.status ?? 1);
  }
}
