import type { FeatureWords } from '../i18n/resources/feature-words.types.js';

/** The home's reminders to sign a client plan (UI.md: asiakassuunnitelma, allekirjoittaa / klientplan, underteckna). */
export const signOffRemindersWords = {
  fi: {
    signOffReminders: {
      title: 'Allekirjoita asiakassuunnitelma',
      due: 'Allekirjoita viimeistään {{date}} klo {{time}}.',
      planOf: 'Asiakassuunnitelma: {{name}}',
      planVersion: 'Asiakassuunnitelma, versio {{version}}',
    },
  },
  sv: {
    signOffReminders: {
      title: 'Underteckna klientplanen',
      due: 'Underteckna senast {{date}} kl. {{time}}.',
      planOf: 'Klientplan: {{name}}',
      planVersion: 'Klientplan, version {{version}}',
    },
  },
  en: {
    signOffReminders: {
      title: 'Sign the client plan',
      due: 'Sign by {{date}} at {{time}}.',
      planOf: 'Client plan: {{name}}',
      planVersion: 'Client plan, version {{version}}',
    },
  },
} satisfies FeatureWords;
