import type { FeatureWords } from '../i18n/resources/feature-words.types.js';

/**
 * What a timeline entry says beyond its title, worded from the entry's details (codes, dates, counts,
 * professionals' names) in the reader's language: `timelineDetail.<event>` or, where the details pick
 * one of several sentences, `timelineDetail.<event>.<variant>` (timeline-detail.util.ts).
 */
export const timelineWords = {
  fi: {
    timelineDetail: {
      CaseOpened: 'Tulotapa: {{origin}} · Vastaava sosiaalityöntekijä: {{responsibleWorker}}',
      CareTeamMemberAdded: {
        professional: 'Uusi jäsen: {{name}}, {{agency}}',
        family: 'Uusi jäsen: {{participantKind}}',
      },
      CareTeamMemberRemoved: 'Taho: {{agency}}',
      ResponsibleWorkerChanged: 'Aiempi: {{from}} · Uusi: {{to}}',
      ServiceNeedsAssessmentDecided: {
        start: 'Palvelutarpeen arviointi aloitetaan.',
        'no-start': 'Palvelutarpeen arviointia ei aloiteta.',
      },
      DeadlineOverdue: '{{deadline}} · Määräpäivä {{dueOn}}',
      ConsentGiven: 'Antaja: {{givenBy}} · Tiedot: {{informationClass}} · Kenelle: {{toAgency}} · Voimassa {{validUntil}} asti',
      ConsentWithdrawn: 'Peruuttaja: {{withdrawnBy}}',
      MeetingMinutesFinalised: 'Kokous {{heldOn}} · Päätöksiä: {{decisions}}',
      AssessmentStarted: 'Arviointi: {{assessmentKind}}',
      AssessmentParticipantInvited: 'Kutsuttu: {{participantKind}}, {{agency}} · Näkemys viimeistään {{dueOn}}',
      AssessmentContributionSubmitted: {
        plain: 'Tiedot: {{informationClass}}',
        withChild: 'Tiedot: {{informationClass}} · Kirjattu yhdessä lapsen kanssa',
      },
      AssessmentCompleted: 'Arviointi: {{assessmentKind}} · Tunnistettuja tarpeita: {{needs}}',
      PlanVersionSignedOff: 'Asiakassuunnitelman versio {{version}}',
      PlanDraftStarted: {
        blank: 'Versio {{version}} · Tyhjästä pohjasta',
        assessment: 'Versio {{version}} · Arvioinnin pohjalta',
        'version-in-force': 'Versio {{version}} · Olennainen muutos voimassa olevaan suunnitelmaan, allekirjoitetaan uudelleen',
      },
      PlanRevisionSaved: {
        substantive: 'Versio {{version}}, muutos {{revision}} · Olennainen muutos',
        minor: 'Versio {{version}}, muutos {{revision}} · Ei olennainen muutos',
      },
      PlanSignOffRequested: 'Versio {{version}} · Allekirjoittajia: {{parties}} · Viimeistään {{expiresAt}}',
      PlanVersionSigned: {
        signed: 'Versio {{version}} · Allekirjoittaja: {{agency}}',
        commented: 'Versio {{version}} · Kommentoija: {{agency}}',
      },
      PlanVersionDeclined: 'Versio {{version}} · Ei allekirjoittanut: {{agency}}',
      PlanActionUpdated: 'Taho: {{agency}} · Tila: {{status}} · Määräpäivä {{due}}',
      overLimit: 'Lakisääteinen asiakasmäärä ylittyi palvelupäällikön päätöksellä.',
      assessmentKind: { 'service-needs': 'palvelutarpeen arviointi', reassessment: 'uudelleenarviointi' },
      actionStatus: { planned: 'suunniteltu', ongoing: 'käynnissä', done: 'tehty', cancelled: 'peruttu' },
    },
  },
  sv: {
    timelineDetail: {
      CaseOpened: 'Inkommit som: {{origin}} · Ansvarig socialarbetare: {{responsibleWorker}}',
      CareTeamMemberAdded: {
        professional: 'Ny medlem: {{name}}, {{agency}}',
        family: 'Ny medlem: {{participantKind}}',
      },
      CareTeamMemberRemoved: 'Aktör: {{agency}}',
      ResponsibleWorkerChanged: 'Tidigare: {{from}} · Ny: {{to}}',
      ServiceNeedsAssessmentDecided: {
        start: 'Bedömningen av servicebehovet inleds.',
        'no-start': 'Bedömningen av servicebehovet inleds inte.',
      },
      DeadlineOverdue: '{{deadline}} · Sista dag {{dueOn}}',
      ConsentGiven: 'Givet av: {{givenBy}} · Uppgifter: {{informationClass}} · Till: {{toAgency}} · Gäller till {{validUntil}}',
      ConsentWithdrawn: 'Återkallat av: {{withdrawnBy}}',
      MeetingMinutesFinalised: 'Möte {{heldOn}} · Beslut: {{decisions}}',
      AssessmentStarted: 'Bedömning: {{assessmentKind}}',
      AssessmentParticipantInvited: 'Inbjuden: {{participantKind}}, {{agency}} · Synpunkter senast {{dueOn}}',
      AssessmentContributionSubmitted: {
        plain: 'Uppgifter: {{informationClass}}',
        withChild: 'Uppgifter: {{informationClass}} · Antecknat tillsammans med barnet',
      },
      AssessmentCompleted: 'Bedömning: {{assessmentKind}} · Identifierade behov: {{needs}}',
      PlanVersionSignedOff: 'Klientplanens version {{version}}',
      PlanDraftStarted: {
        blank: 'Version {{version}} · Från tom mall',
        assessment: 'Version {{version}} · Utgående från bedömningen',
        'version-in-force': 'Version {{version}} · Väsentlig ändring av den gällande planen, undertecknas på nytt',
      },
      PlanRevisionSaved: {
        substantive: 'Version {{version}}, ändring {{revision}} · Väsentlig ändring',
        minor: 'Version {{version}}, ändring {{revision}} · Inte väsentlig ändring',
      },
      PlanSignOffRequested: 'Version {{version}} · Undertecknare: {{parties}} · Senast {{expiresAt}}',
      PlanVersionSigned: {
        signed: 'Version {{version}} · Undertecknad av: {{agency}}',
        commented: 'Version {{version}} · Kommenterad av: {{agency}}',
      },
      PlanVersionDeclined: 'Version {{version}} · Inte undertecknad av: {{agency}}',
      PlanActionUpdated: 'Aktör: {{agency}} · Status: {{status}} · Sista dag {{due}}',
      overLimit: 'Det lagstadgade klientantalet överskreds genom servicechefens beslut.',
      assessmentKind: { 'service-needs': 'bedömning av servicebehovet', reassessment: 'ny bedömning' },
      actionStatus: { planned: 'planerad', ongoing: 'pågår', done: 'klar', cancelled: 'inställd' },
    },
  },
  en: {
    timelineDetail: {
      CaseOpened: 'Came in as: {{origin}} · Responsible social worker: {{responsibleWorker}}',
      CareTeamMemberAdded: {
        professional: 'New member: {{name}}, {{agency}}',
        family: 'New member: {{participantKind}}',
      },
      CareTeamMemberRemoved: 'Agency: {{agency}}',
      ResponsibleWorkerChanged: 'Before: {{from}} · Now: {{to}}',
      ServiceNeedsAssessmentDecided: {
        start: 'The service needs assessment starts.',
        'no-start': 'No service needs assessment.',
      },
      DeadlineOverdue: '{{deadline}} · Due {{dueOn}}',
      ConsentGiven: 'Given by: {{givenBy}} · Information: {{informationClass}} · To: {{toAgency}} · Valid until {{validUntil}}',
      ConsentWithdrawn: 'Withdrawn by: {{withdrawnBy}}',
      MeetingMinutesFinalised: 'Meeting {{heldOn}} · Decisions: {{decisions}}',
      AssessmentStarted: 'Assessment: {{assessmentKind}}',
      AssessmentParticipantInvited: 'Invited: {{participantKind}}, {{agency}} · View due {{dueOn}}',
      AssessmentContributionSubmitted: {
        plain: 'Information: {{informationClass}}',
        withChild: 'Information: {{informationClass}} · Recorded together with the child',
      },
      AssessmentCompleted: 'Assessment: {{assessmentKind}} · Needs identified: {{needs}}',
      PlanVersionSignedOff: 'Client plan version {{version}}',
      PlanDraftStarted: {
        blank: 'Version {{version}} · From a blank plan',
        assessment: 'Version {{version}} · From the assessment',
        'version-in-force': 'Version {{version}} · A substantive change to the plan in force, to be signed again',
      },
      PlanRevisionSaved: {
        substantive: 'Version {{version}}, change {{revision}} · Substantive',
        minor: 'Version {{version}}, change {{revision}} · Not substantive',
      },
      PlanSignOffRequested: 'Version {{version}} · Signatories: {{parties}} · By {{expiresAt}}',
      PlanVersionSigned: {
        signed: 'Version {{version}} · Signed by: {{agency}}',
        commented: 'Version {{version}} · Commented on by: {{agency}}',
      },
      PlanVersionDeclined: 'Version {{version}} · Not signed by: {{agency}}',
      PlanActionUpdated: 'Agency: {{agency}} · Status: {{status}} · Due {{due}}',
      overLimit: 'Over the statutory caseload limit by a service manager’s decision.',
      assessmentKind: { 'service-needs': 'service needs assessment', reassessment: 'reassessment' },
      actionStatus: { planned: 'planned', ongoing: 'ongoing', done: 'done', cancelled: 'cancelled' },
    },
  },
} satisfies FeatureWords;
