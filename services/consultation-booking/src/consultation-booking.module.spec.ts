import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { describeFeatureModules } from '@yhdessa/testing';
import { loadConsultationBookingConfig } from './consultation-booking.config.js';
import { ConsultationBookingModule } from './consultation-booking.module.js';

describeFeatureModules({
  src: fileURLToPath(new URL('.', import.meta.url)),
  root: () =>
    ConsultationBookingModule.forRoot(
      loadConsultationBookingConfig(parseEnv(readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8'))),
    ),
  importFeature: (feature) => import(`./${feature}/${feature}.module.js`),
  atLeast: { features: 4, providers: 6 },
});
