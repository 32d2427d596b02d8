import type { FeatureWords } from '../i18n/resources/feature-words.types.js';

/** Finding a professional by name (the people directory), wherever one is picked: the care team, a handover. */
export const peopleWords = {
  fi: {
    people: {
      hint: 'Kirjoita vähintään kaksi kirjainta etu- tai sukunimestä.',
      search: 'Hae',
      results: 'Löytyneet henkilöt',
      noneFound: 'Haulla ”{{typed}}” ei löytynyt ketään. Tarkista nimen kirjoitusasu.',
      tooShort: 'Kirjoita vähintään kaksi kirjainta.',
    },
    problem: {
      people_directory_refused: 'Henkilöhaku on vain ammattilaisten käytössä.',
    },
  },
  sv: {
    people: {
      hint: 'Skriv minst två bokstäver av för- eller efternamnet.',
      search: 'Sök',
      results: 'Personer som hittades',
      noneFound: 'Sökningen ”{{typed}}” gav inga träffar. Kontrollera stavningen.',
      tooShort: 'Skriv minst två bokstäver.',
    },
    problem: {
      people_directory_refused: 'Personsökningen används bara av yrkesutbildade.',
    },
  },
  en: {
    people: {
      hint: 'Type at least two letters of the first or last name.',
      search: 'Search',
      results: 'People found',
      noneFound: 'Nobody found for “{{typed}}”. Check the spelling.',
      tooShort: 'Type at least two letters.',
    },
    problem: {
      people_directory_refused: 'Only professionals can search for people.',
    },
  },
} satisfies FeatureWords;
