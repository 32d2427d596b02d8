import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { describeFeatureModules } from '@yhdessa/testing';
import { loadCaseCoordinationConfig } from './case-coordination.config.js';
import { CaseCoordinationModule } from './case-coordination.module.js';

describeFeatureModules({
  src: fileURLToPath(new URL('.', import.meta.url)),
  root: () =>
    CaseCoordinationModule.forRoot(
      loadCaseCoordinationConfig(parseEnv(readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8'))),
    ),
  importFeature: (feature) => import(`./${feature}/${feature}.module.js`),
  atLeast: { features: 11, providers: 21 },
});
