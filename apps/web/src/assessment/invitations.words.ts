import type { FeatureWords } from '../i18n/resources/feature-words.types.js';

/** The user's own invitations to give a view: their page and the home page's section. */
export const invitationsWords = {
  fi: {
    myInvitations: {
      title: 'Pyynnöt antaa näkemys arviointiin',
      lead: 'Arvioinnit, joihin sinua on pyydetty antamaan oma näkemyksesi, lähin määräaika ensin.',
      empty: 'Sinulla ei ole avoimia pyyntöjä.',
      askedBy: 'Pyytäjä {{name}}, määräaika {{date}}',
      overdue: 'Määräaika on mennyt',
      progress: { 'not-started': 'Ei aloitettu', draft: 'Luonnos tallennettu, ei vielä lähetetty', submitted: 'Näkemys annettu' },
      give: 'Anna näkemyksesi',
      giveNamed: 'Anna näkemyksesi: {{kind}}, määräaika {{date}}',
      all: 'Kaikki pyynnöt ({{count}})',
      navigation: 'Arviointipyynnöt',
    },
  },
  sv: {
    myInvitations: {
      title: 'Förfrågningar om din synpunkt i en bedömning',
      lead: 'Bedömningar där du har ombetts lämna din egen synpunkt, den närmaste tidsfristen först.',
      empty: 'Du har inga öppna förfrågningar.',
      askedBy: 'Begärd av {{name}}, tidsfrist {{date}}',
      overdue: 'Tidsfristen har gått ut',
      progress: { 'not-started': 'Inte påbörjad', draft: 'Utkast sparat, inte skickat ännu', submitted: 'Synpunkt lämnad' },
      give: 'Lämna din synpunkt',
      giveNamed: 'Lämna din synpunkt: {{kind}}, tidsfrist {{date}}',
      all: 'Alla förfrågningar ({{count}})',
      navigation: 'Förfrågningar om bedömning',
    },
  },
  en: {
    myInvitations: {
      title: 'Requests for your view in an assessment',
      lead: 'Assessments you have been asked to give your own view in, the nearest deadline first.',
      empty: 'You have no open requests.',
      askedBy: 'Asked by {{name}}, deadline {{date}}',
      overdue: 'The deadline has passed',
      progress: { 'not-started': 'Not started', draft: 'Draft saved, not sent yet', submitted: 'View given' },
      give: 'Give your view',
      giveNamed: 'Give your view: {{kind}}, deadline {{date}}',
      all: 'All requests ({{count}})',
      navigation: 'Assessment requests',
    },
  },
} satisfies FeatureWords;
