import type { FeatureWords } from '../i18n/resources/feature-words.types.js';

/**
 * The family's own words: plain language (B1), no jargon; where the law's term is needed it is
 * explained in the same sentence (UI.md: huoltaja, suostumus, peruuttaa suostumus, määräaika).
 */
export const familyWords = {
  fi: {
    family: {
      homeLead:
        'Täällä näet perheenne asiat lastensuojelussa: mitä tapahtuu seuraavaksi, ketkä työskentelevät kanssanne ja mihin olette antaneet suostumuksen.',
      casesTitle: 'Perheenne asiat',
      casesEmpty:
        'Teillä ei ole nyt avoimia asioita tässä palvelussa. Jos odotat tietoa, ota yhteyttä lapsen sosiaalityöntekijään.',
      openCase: 'Katso asia: {{name}}',
      caseWorker: 'Sosiaalityöntekijä: {{name}}',
      caseStarted: 'Asia alkoi {{date}}',
      nextLine: 'Seuraavaksi: {{step}}',
      nothingNext: 'Seuraavaksi: sosiaalityöntekijä kertoo teille, mitä tapahtuu.',
      caseLead:
        'Tällä sivulla näet, mitä asiassa tapahtuu seuraavaksi, ketkä työskentelevät perheenne kanssa ja mihin tietojen jakamiseen olette antaneet suostumuksen.',
      caseOpen: 'Asia on auki. Se alkoi {{date}}.',
      caseClosed: 'Asia on päättynyt {{date}}.',
      nextTitle: 'Mitä tapahtuu seuraavaksi',
      nextEmpty: 'Nyt ei ole sovittuja määräaikoja. Sosiaalityöntekijä kertoo teille, mitä seuraavaksi tapahtuu.',
      doneTitle: 'Jo tehty',
      overdue: 'Tämä on myöhässä. Voit kysyä asiasta sosiaalityöntekijältä.',
      step: {
        'assessment-start-decision':
          'Sosiaalityöntekijä päättää viimeistään {{date}}, selvitetäänkö perheenne tilanne tarkemmin. Tätä selvitystä kutsutaan palvelutarpeen arvioinniksi.',
        'service-needs-assessment':
          'Perheenne tilanne selvitetään yhdessä teidän kanssanne viimeistään {{date}}. Selvityksen nimi on palvelutarpeen arviointi.',
        'client-plan-review':
          'Asiakassuunnitelma eli yhteinen suunnitelma lapsen tukemiseksi tarkistetaan yhdessä viimeistään {{date}}.',
      },
      stepShort: {
        'assessment-start-decision': 'päätös tilanteen tarkemmasta selvittämisestä viimeistään {{date}}',
        'service-needs-assessment': 'tilanteen selvitys valmis viimeistään {{date}}',
        'client-plan-review': 'asiakassuunnitelman tarkistus viimeistään {{date}}',
      },
      stepDone: {
        'assessment-start-decision': 'Päätös siitä, selvitetäänkö tilanne tarkemmin, on tehty.',
        'service-needs-assessment': 'Perheenne tilanteen selvitys on valmis.',
        'client-plan-review': 'Asiakassuunnitelma on tarkistettu.',
      },
      teamTitle: 'Ketkä työskentelevät kanssanne',
      worker:
        '{{name}} on lapsen asioista vastaava sosiaalityöntekijä. Hän vastaa asiasta ja on teidän yhteyshenkilönne. Häneltä voitte kysyä kaikesta, mikä asiassa mietityttää.',
      teamLead: 'Nämä ihmiset ovat mukana lapsen asiassa:',
      teamEmpty: 'Asiassa ei ole vielä muita mukana.',
      consentsTitle: 'Suostumukset',
      consentsLead:
        'Suostumuksella annatte luvan kertoa lapsen tietoja toiselle taholle, esimerkiksi koululle. Voitte peruuttaa suostumuksen milloin tahansa. Peruutus on voimassa heti kaikkialla.',
      consentsEmpty: 'Ette ole antaneet suostumuksia.',
      consentsWho: 'Suostumuksen antaa tai peruuttaa huoltaja tai 15 vuotta täyttänyt nuori itse.',
      consentWhat: '{{to}} saa tietää: {{information}}',
      consentValid: 'Voimassa {{from}}–{{until}}',
      consentGivenBy: 'Suostumuksen antoi {{name}}',
      consentInForce: 'Voimassa nyt',
      consentNotInForce: 'Ei voimassa nyt',
      consentWithdrawn: 'Peruutettu {{date}}',
      accessTitle: 'Kuka on katsonut tietojamme',
      accessLead: 'Voit katsoa, kuka on katsonut lapsen tietoja, milloin ja miksi.',
    },
  },
  sv: {
    family: {
      homeLead:
        'Här ser du er familjs ärenden inom barnskyddet: vad som händer härnäst, vem som arbetar med er och vad ni har gett samtycke till.',
      casesTitle: 'Er familjs ärenden',
      casesEmpty:
        'Ni har inga öppna ärenden i den här tjänsten just nu. Om du väntar på besked, kontakta barnets socialarbetare.',
      openCase: 'Se ärendet: {{name}}',
      caseWorker: 'Socialarbetare: {{name}}',
      caseStarted: 'Ärendet började {{date}}',
      nextLine: 'Härnäst: {{step}}',
      nothingNext: 'Härnäst: socialarbetaren berättar för er vad som händer.',
      caseLead:
        'På den här sidan ser du vad som händer härnäst i ärendet, vem som arbetar med er familj och vilken delning av uppgifter ni har gett samtycke till.',
      caseOpen: 'Ärendet är öppet. Det började {{date}}.',
      caseClosed: 'Ärendet avslutades {{date}}.',
      nextTitle: 'Vad händer härnäst',
      nextEmpty: 'Just nu finns det inga tidsfrister. Socialarbetaren berättar för er vad som händer härnäst.',
      doneTitle: 'Redan gjort',
      overdue: 'Det här är försenat. Du kan fråga socialarbetaren om det.',
      step: {
        'assessment-start-decision':
          'Socialarbetaren beslutar senast {{date}} om er familjs situation ska utredas närmare. Utredningen kallas bedömning av servicebehovet.',
        'service-needs-assessment':
          'Er familjs situation utreds tillsammans med er senast {{date}}. Utredningen heter bedömning av servicebehovet.',
        'client-plan-review':
          'Klientplanen, alltså den gemensamma planen för att stödja barnet, ses över tillsammans senast {{date}}.',
      },
      stepShort: {
        'assessment-start-decision': 'beslut om en närmare utredning senast {{date}}',
        'service-needs-assessment': 'utredningen av situationen klar senast {{date}}',
        'client-plan-review': 'klientplanen ses över senast {{date}}',
      },
      stepDone: {
        'assessment-start-decision': 'Beslutet om situationen ska utredas närmare är fattat.',
        'service-needs-assessment': 'Utredningen av er familjs situation är klar.',
        'client-plan-review': 'Klientplanen har setts över.',
      },
      teamTitle: 'Vem arbetar med er',
      worker:
        '{{name}} är den socialarbetare som ansvarar för barnets angelägenheter. Hen ansvarar för ärendet och är er kontaktperson. Ni kan fråga hen om allt som ni undrar över i ärendet.',
      teamLead: 'De här personerna är med i barnets ärende:',
      teamEmpty: 'Ingen annan är med i ärendet ännu.',
      consentsTitle: 'Samtycken',
      consentsLead:
        'Med ett samtycke ger ni lov att berätta barnets uppgifter för en annan instans, till exempel skolan. Ni kan återkalla samtycket när som helst. Återkallelsen gäller genast överallt.',
      consentsEmpty: 'Ni har inte gett några samtycken.',
      consentsWho: 'Samtycket ges eller återkallas av vårdnadshavaren eller av den unga själv från 15 års ålder.',
      consentWhat: '{{to}} får veta: {{information}}',
      consentValid: 'Gäller {{from}}–{{until}}',
      consentGivenBy: 'Samtycket gavs av {{name}}',
      consentInForce: 'Gäller nu',
      consentNotInForce: 'Gäller inte nu',
      consentWithdrawn: 'Återkallat {{date}}',
      accessTitle: 'Vem har tittat på våra uppgifter',
      accessLead: 'Du kan se vem som har tittat på barnets uppgifter, när och varför.',
    },
  },
  en: {
    family: {
      homeLead:
        "Here you see your family's matters with child protection: what happens next, who works with you and what you have given consent to.",
      casesTitle: "Your family's cases",
      casesEmpty: 'You have no open cases in this service now. If you are waiting to hear, contact the child’s social worker.',
      openCase: 'See the case: {{name}}',
      caseWorker: 'Social worker: {{name}}',
      caseStarted: 'The case started on {{date}}',
      nextLine: 'Next: {{step}}',
      nothingNext: 'Next: the social worker will tell you what happens.',
      caseLead:
        'On this page you see what happens next in the case, who works with your family and what sharing of information you have given consent to.',
      caseOpen: 'The case is open. It started on {{date}}.',
      caseClosed: 'The case ended on {{date}}.',
      nextTitle: 'What happens next',
      nextEmpty: 'There are no deadlines now. The social worker will tell you what happens next.',
      doneTitle: 'Already done',
      overdue: 'This is late. You can ask the social worker about it.',
      step: {
        'assessment-start-decision':
          "By {{date}} the social worker decides whether your family's situation is looked into more closely. This is called a service needs assessment.",
        'service-needs-assessment':
          "Your family's situation is looked into together with you by {{date}}. This is called a service needs assessment.",
        'client-plan-review': 'The client plan, the shared plan for supporting the child, is reviewed together by {{date}}.',
      },
      stepShort: {
        'assessment-start-decision': 'a decision on looking into the situation more closely by {{date}}',
        'service-needs-assessment': 'the situation looked into by {{date}}',
        'client-plan-review': 'the client plan reviewed by {{date}}',
      },
      stepDone: {
        'assessment-start-decision': 'The decision on looking into the situation more closely has been made.',
        'service-needs-assessment': "The look into your family's situation is done.",
        'client-plan-review': 'The client plan has been reviewed.',
      },
      teamTitle: 'Who works with you',
      worker:
        '{{name}} is the responsible social worker. They are in charge of the case and are your contact person. You can ask them about anything in the case.',
      teamLead: 'These people take part in the child’s case:',
      teamEmpty: 'Nobody else takes part in the case yet.',
      consentsTitle: 'Consents',
      consentsLead:
        'With a consent you allow the child’s information to be shared with another service, for example the school. You can withdraw a consent at any time. Withdrawing takes effect at once, everywhere.',
      consentsEmpty: 'You have not given any consents.',
      consentsWho: 'A consent is given or withdrawn by a guardian, or by the young person themselves from the age of 15.',
      consentWhat: '{{to}} may know: {{information}}',
      consentValid: 'Valid {{from}}–{{until}}',
      consentGivenBy: 'Consent given by {{name}}',
      consentInForce: 'In force now',
      consentNotInForce: 'Not in force now',
      consentWithdrawn: 'Withdrawn on {{date}}',
      accessTitle: 'Who has looked at our information',
      accessLead: 'You can see who has looked at the child’s information, when and why.',
    },
  },
} satisfies FeatureWords;
