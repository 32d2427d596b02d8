import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { describeFeatureModules } from '@yhdessa/testing';
import { loadClientPlanConfig } from './client-plan.config.js';
import { ClientPlanModule } from './client-plan.module.js';

describeFeatureModules({
  src: fileURLToPath(new URL('.', import.meta.url)),
  root: () =>
    ClientPlanModule.forRoot(
      loadClientPlanConfig(parseEnv(readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8'))),
    ),
  importFeature: (feature) => import(`./${feature}/${feature}.module.js`),
  atLeast: { features: 4, providers: 6 },
});
