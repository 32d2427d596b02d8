import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { describeFeatureModules } from '@yhdessa/testing';
import { loadAssessmentConfig } from './assessment.config.js';
import { AssessmentModule } from './assessment.module.js';

describeFeatureModules({
  src: fileURLToPath(new URL('.', import.meta.url)),
  root: () =>
    AssessmentModule.forRoot(
      loadAssessmentConfig(parseEnv(readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8'))),
    ),
  importFeature: (feature) => import(`./${feature}/${feature}.module.js`),
  atLeast: { features: 4, providers: 6 },
});
