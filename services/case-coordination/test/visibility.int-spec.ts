import { finnishDate, newId } from '@yhdessa/platform';
import { expectEventually, fetchToken } from '@yhdessa/testing';
import { childIdentityCode } from './child-identity.fixture.js';
import { claims, startCaseCoordination, type Answer, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';

/**
 * What every demo user gets from every read route of case-coordination, field by field, while the
 * family has given no consent, has consented to share child-protection information with the school,
 * and has withdrawn it. The expectations are written out here, not computed from the rule in
 * libs/access, so that a change to the rule or to a view shows up as a difference in this table.
 *
 * To cover a new read route: add one entry to `routes` (how to call it, which part of the answer
 * concerns this test's case, and what each kind of reader gets).
 */

const users = {
  'sari.virtanen': 'responsible worker',
  'jukka.lehto': 'social worker on the care team',
  'elina.koski': 'clinician of the systemic team',
  'tuula.niemi': 'coordinator of the systemic team',
  'markku.salo': 'service manager',
  'hanna.makinen': 'psychiatry clinician on the care team',
  'pekka.nurmi': 'liaison nurse, not on the care team',
  'anna.laine': 'teacher on the care team',
  'ville.heikkinen': 'teacher, not on the care team',
  'maria.korhonen': 'special-needs teacher, not on the care team',
  'outi.rantanen': 'school social worker, not on the care team',
  'liisa.aalto': 'guardian on the care team',
  'kari.saarinen': 'guardian of another child',
  'riitta.hakala': 'foster carer on the care team',
  'aino.aalto': 'the child',
} as const;
type User = keyof typeof users;
const everyone = Object.keys(users) as User[];

type ConsentState = 'no consent' | 'consent given' | 'consent withdrawn';
/** What a user got: the fields of the part of the answer about this case, or that it is not in the answer, or a refusal. */
type Shape = string[] | 'not listed' | { status: number; code: string };

/** A field set per consent state, where the consent makes a difference. */
type Expected = Shape | Record<ConsentState, Shape>;

interface Ids {
  caseId: string;
  childName: string;
  teamId: string;
  meetingId: string;
}

interface Route {
  path: (ids: Ids) => string;
  /** The entries of the answer that concern this test's case (a list over many cases), or the whole answer. */
  about?: (body: unknown, ids: Ids) => unknown[];
  expected: Record<User, Expected>;
}

const notFound = (code: string) => ({ status: 404, code });
const roleRequired = { status: 403, code: 'role_required' };
const byConsent = (none: Shape, given: Shape, withdrawn: Shape = none): Record<ConsentState, Shape> => ({
  'no consent': none,
  'consent given': given,
  'consent withdrawn': withdrawn,
});
/** Every user not named gets `rest`. */
const table = (named: Partial<Record<User, Expected>>, rest: Expected): Record<User, Expected> =>
  Object.fromEntries(everyone.map((user) => [user, named[user] ?? rest])) as Record<User, Expected>;
const entriesOf = (key: 'id' | 'caseId') => (body: unknown, ids: Ids) =>
  (body as Array<Record<string, unknown>>).filter((entry) => entry[key] === ids.caseId);

// The case page.
const caseBasics = [
  'id',
  'status',
  'receivedAt',
  'language',
  'child.name',
  'child.dateOfBirth',
  'guardians',
  'responsibleWorker.userId',
  'responsibleWorker.displayName',
  'openedAt',
  'closedAt',
];
const caseChildProtection = [
  'statusReason',
  'origin',
  'child.personalIdentityCode',
  'notification.channel',
  'notification.content',
];
const notifier = ['notification.notifierName'];
// One entry of the caller's case list.
const summaryShared = [
  'id',
  'status',
  'receivedAt',
  'responsibleWorker.userId',
  'responsibleWorker.displayName',
  'openedAt',
  'childName',
];
const summaryChildProtection = ['origin'];
const careTeamMember = [
  'memberId',
  'caseId',
  'userId',
  'displayName',
  'agency',
  'participantKind',
  'roleInCase',
  'since',
  'until',
  'active',
];
const consent = [
  'consentId',
  'caseId',
  'informationClass',
  'toAgency',
  'validFrom',
  'validUntil',
  'givenBy.name',
  'givenBy.role',
  'givenBy.userId',
  'method',
  'givenAt',
  'recordedBy.userId',
  'recordedBy.displayName',
  'inForce',
];
const deadline = ['deadlineId', 'caseId', 'childName', 'kind', 'dueOn', 'status', 'overdue', 'late'];
const timelineEntry = [
  'eventId',
  'occurredAt',
  'event',
  'informationClass',
  'actor.userId',
  'actor.agency',
  'actor.role',
  'summary',
];
const agendaCase = [
  'position',
  'caseId',
  'childName',
  'responsibleWorker.userId',
  'responsibleWorker.displayName',
  'hypotheses',
  'reflections',
  'decisions',
];
const task = [
  'taskId',
  'decisionId',
  'meetingId',
  'caseId',
  'owner.userId',
  'owner.displayName',
  'dueOn',
  'status',
  'statusChangedAt',
  'decision',
];
const teamCase = ['caseId', 'responsibleWorker.userId', 'responsibleWorker.displayName', 'openedAt', 'nearestDeadline'];
/** The timeline's entries are chosen by class: the classes seen are part of its shape. */
const seen = (...classes: string[]) => classes.map((informationClass) => `class:${informationClass}`);
/**
 * The timeline's entries of the classes seen, with their details (timeline-details.ts) as the case's
 * story goes on: the case opened (child protection), members joined, then a consent given and
 * withdrawn (shared plan).
 */
const timelineSeen = (classes: string[], state: ConsentState): Shape => [
  ...timelineEntry,
  ...seen(...classes),
  ...[
    ...(classes.includes('child-protection') ? ['origin', 'overLimit', 'responsibleWorker'] : []),
    ...(classes.includes('shared-plan')
      ? [
          ...['agency', 'name', 'participantKind'],
          ...(state === 'no consent' ? [] : ['givenBy', 'informationClass', 'toAgency', 'validUntil']),
          ...(state === 'consent withdrawn' ? ['withdrawnBy'] : []),
        ]
      : []),
  ].map((key) => `details.${key}`),
];
const timelineOf = (...classes: string[]) =>
  byConsent(
    timelineSeen(classes, 'no consent'),
    timelineSeen(classes, 'consent given'),
    timelineSeen(classes, 'consent withdrawn'),
  );

/** Who reads the case at all: its care team, its responsible worker and the responsible worker's systemic team. */
const caseReaders: User[] = [
  'sari.virtanen',
  'jukka.lehto',
  'elina.koski',
  'tuula.niemi',
  'hanna.makinen',
  'anna.laine',
  'liisa.aalto',
  'riitta.hakala',
  'aino.aalto',
];
const onlyCaseReaders = (shape: Expected): Partial<Record<User, Expected>> =>
  Object.fromEntries(caseReaders.map((user) => [user, shape]));
const teamMembers = (shape: Expected): Partial<Record<User, Expected>> => ({
  'sari.virtanen': shape,
  'elina.koski': shape,
  'tuula.niemi': shape,
});

const routes: Record<string, Route> = {
  'GET /cases/:caseId': {
    path: ({ caseId }) => `/cases/${caseId}`,
    expected: table(
      {
        'sari.virtanen': [...caseBasics, ...caseChildProtection, ...notifier],
        'jukka.lehto': [...caseBasics, ...caseChildProtection, ...notifier],
        'elina.koski': [...caseBasics, ...caseChildProtection],
        'tuula.niemi': [...caseBasics, ...caseChildProtection],
        'hanna.makinen': caseBasics,
        'anna.laine': byConsent(caseBasics, [...caseBasics, ...caseChildProtection]),
        'liisa.aalto': caseBasics,
        'riitta.hakala': caseBasics,
        'aino.aalto': caseBasics,
      },
      notFound('case_not_found'),
    ),
  },
  'GET /cases': {
    path: ({ childName }) => `/cases?q=${encodeURIComponent(childName)}`,
    about: entriesOf('id'),
    expected: table(
      {
        'sari.virtanen': [...summaryShared, ...summaryChildProtection],
        'jukka.lehto': [...summaryShared, ...summaryChildProtection],
        'hanna.makinen': summaryShared,
        'anna.laine': byConsent(summaryShared, [...summaryShared, ...summaryChildProtection]),
        'liisa.aalto': summaryShared,
        'riitta.hakala': summaryShared,
        'aino.aalto': summaryShared,
      },
      // The systemic team finds the case among the team's cases, not among their own.
      'not listed',
    ),
  },
  'GET /cases/:caseId/care-team': {
    path: ({ caseId }) => `/cases/${caseId}/care-team`,
    expected: table(onlyCaseReaders(careTeamMember), notFound('case_not_found')),
  },
  'GET /cases/:caseId/consents': {
    path: ({ caseId }) => `/cases/${caseId}/consents`,
    expected: table(
      onlyCaseReaders(
        byConsent([], [...consent, 'withdrawn'], [...consent, 'withdrawn.at', 'withdrawn.by.name', 'withdrawn.by.role']),
      ),
      notFound('case_not_found'),
    ),
  },
  'GET /cases/:caseId/deadlines': {
    path: ({ caseId }) => `/cases/${caseId}/deadlines`,
    expected: table(onlyCaseReaders(deadline), notFound('case_not_found')),
  },
  'GET /cases/:caseId/timeline': {
    path: ({ caseId }) => `/cases/${caseId}/timeline`,
    expected: table(
      {
        'sari.virtanen': timelineOf('child-protection', 'shared-plan'),
        'jukka.lehto': timelineOf('child-protection', 'shared-plan'),
        'elina.koski': timelineOf('child-protection', 'shared-plan'),
        'tuula.niemi': timelineOf('child-protection', 'shared-plan'),
        'hanna.makinen': timelineOf('shared-plan'),
        'anna.laine': byConsent(
          timelineSeen(['shared-plan'], 'no consent'),
          timelineSeen(['child-protection', 'shared-plan'], 'consent given'),
          timelineSeen(['shared-plan'], 'consent withdrawn'),
        ),
        'liisa.aalto': timelineOf('shared-plan'),
        'riitta.hakala': timelineOf('shared-plan'),
        'aino.aalto': timelineOf('shared-plan'),
      },
      notFound('case_not_found'),
    ),
  },
  'GET /meetings/:meetingId': {
    path: ({ meetingId }) => `/meetings/${meetingId}`,
    about: (body, { caseId }) => (body as { agenda: Array<{ caseId: string }> }).agenda.filter((item) => item.caseId === caseId),
    expected: table(
      { ...teamMembers(agendaCase), 'jukka.lehto': notFound('meeting_not_found'), 'markku.salo': notFound('meeting_not_found') },
      roleRequired,
    ),
  },
  'GET /tasks?owner=me': {
    path: () => '/tasks?owner=me',
    about: entriesOf('caseId'),
    expected: table(
      {
        'sari.virtanen': task,
        'elina.koski': task,
        'tuula.niemi': 'not listed',
        'jukka.lehto': 'not listed',
        'markku.salo': 'not listed',
      },
      roleRequired,
    ),
  },
  'GET /deadlines/mine': {
    path: () => '/deadlines/mine',
    about: entriesOf('caseId'),
    expected: table({ 'sari.virtanen': deadline, 'jukka.lehto': 'not listed' }, roleRequired),
  },
  'GET /teams/:teamId/deadlines': {
    path: ({ teamId }) => `/teams/${teamId}/deadlines`,
    about: entriesOf('caseId'),
    expected: table(teamMembers(deadline), notFound('team_not_found')),
  },
  'GET /teams/:teamId/cases': {
    path: ({ teamId }) => `/teams/${teamId}/cases`,
    about: entriesOf('caseId'),
    expected: table(
      { ...teamMembers(teamCase), 'jukka.lehto': notFound('team_not_found'), 'markku.salo': notFound('team_not_found') },
      roleRequired,
    ),
  },
  // The page as a whole: its entries arrive over Kafka, field by field in access-report.int-spec.ts. The child is 10: her guardian asks.
  'GET /cases/:caseId/access-report': {
    path: ({ caseId }) => `/cases/${caseId}/access-report`,
    expected: table(
      { 'sari.virtanen': ['entries', 'nextBefore'], 'liisa.aalto': ['entries', 'nextBefore'] },
      notFound('case_not_found'),
    ),
  },
};

/** Field paths of a JSON value: nested objects by dots; arrays and scalars are leaves. */
function fieldPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return prefix ? [prefix] : [];
  return Object.entries(value).flatMap(([key, field]) => fieldPaths(field, prefix ? `${prefix}.${key}` : key));
}

function shapeOf(answer: Answer, route: Route, ids: Ids): Shape {
  if (answer.status !== 200) return { status: answer.status, code: answer.body?.code };
  const entries = route.about ? route.about(answer.body, ids) : Array.isArray(answer.body) ? answer.body : [answer.body];
  if (route.about && entries.length === 0) return 'not listed';
  const paths = new Set(entries.flatMap((entry) => fieldPaths(entry)));
  for (const entry of entries as Array<{ informationClass?: string; event?: string }>) {
    if (entry.event && entry.informationClass) paths.add(`class:${entry.informationClass}`);
  }
  return [...paths].sort();
}

const sorted = (shape: Shape): Shape => (Array.isArray(shape) ? [...shape].sort() : shape);
const expectedIn = (expected: Expected, state: ConsentState): Shape =>
  Array.isArray(expected) || typeof expected === 'string' || 'status' in expected
    ? sorted(expected as Shape)
    : sorted(expected[state]);

describe('what each reader sees of a case, by role, route and consent', () => {
  let service: CaseCoordinationUnderTest;
  const tokens = {} as Record<User, string>;
  let ids: Ids;
  let consentId: string;

  const call = (method: string, path: string, user: User, body?: unknown) => service.call(method, path, tokens[user], body);
  const person = (user: User) => claims(tokens[user]);
  const today = () => finnishDate(new Date());

  /** The timeline is built from Kafka; wait until it holds the case's events so far. */
  const timelineHolds = (events: number) =>
    expectEventually(
      async () => expect((await call('GET', `/cases/${ids.caseId}/timeline`, 'sari.virtanen')).body).toHaveLength(events),
      30_000,
      200,
    );

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_visibility');
    for (const user of everyone) tokens[user] = await fetchToken(user);

    const team = await call('POST', '/teams', 'tuula.niemi', { name: `Visibility ${newId().slice(-6)}` });
    expect(team.status).toBe(201);
    for (const [user, teamRole] of [
      ['sari.virtanen', 'social-worker'],
      ['elina.koski', 'clinician'],
    ] as const) {
      expect(
        (
          await call('POST', `/teams/${team.body.id}/members`, 'tuula.niemi', {
            userId: person(user).sub,
            displayName: person(user).name,
            teamRole,
          })
        ).status,
      ).toBe(201);
    }

    const childName = `Aino Visibility ${newId().slice(-6)}`;
    const opened = await call('POST', '/cases', 'sari.virtanen', {
      origin: 'child-welfare-notification',
      receivedAt: new Date(Date.now() - 86_400_000).toISOString(),
      language: 'fi',
      child: { name: childName, personalIdentityCode: childIdentityCode('2016-05-05'), dateOfBirth: '2016-05-05' },
      guardians: [{ name: 'Liisa Aalto', userId: person('liisa.aalto').sub }],
      notification: {
        channel: 'school',
        notifierName: 'Anna Laine',
        content: 'Aino has been absent for weeks and seems afraid to go home.',
      },
    });
    expect(opened.status).toBe(201);
    const caseId: string = opened.body.id;

    const members: Array<[User, string, string, string]> = [
      ['jukka.lehto', 'child-protection', 'professional', 'family worker'],
      ['hanna.makinen', 'psychiatry', 'professional', 'psychiatry clinician'],
      ['anna.laine', 'school', 'professional', 'class teacher'],
      ['liisa.aalto', 'family', 'guardian', 'mother'],
      ['riitta.hakala', 'family', 'foster-carer', 'foster carer'],
      ['aino.aalto', 'family', 'child', 'the child'],
    ];
    for (const [user, agency, participantKind, roleInCase] of members) {
      const added = await call('POST', `/cases/${caseId}/care-team`, 'sari.virtanen', {
        userId: person(user).sub,
        displayName: person(user).name,
        agency,
        participantKind,
        roleInCase,
        since: today(),
      });
      expect(added.status).toBe(201);
    }

    const meeting = await call('POST', `/teams/${team.body.id}/meetings`, 'tuula.niemi', { heldOn: today() });
    expect(meeting.status).toBe(201);
    const agenda = `/meetings/${meeting.body.id}/agenda/${caseId}`;
    expect(
      (await call('POST', `${agenda}/hypotheses`, 'sari.virtanen', { text: 'Aino fears what happens at home in the evenings.' }))
        .status,
    ).toBe(201);
    for (const owner of ['sari.virtanen', 'elina.koski'] as const) {
      const decided = await call('POST', `${agenda}/decisions`, 'tuula.niemi', {
        text: `Meet Aino at school (${owner}).`,
        task: { ownerId: person(owner).sub, dueOn: today() },
      });
      expect(decided.status).toBe(201);
    }

    ids = { caseId, childName, teamId: team.body.id, meetingId: meeting.body.id };
    await timelineHolds(1 + 1 + members.length);
  }, 120_000);

  afterAll(async () => {
    // Keep the responsible worker's caseload in this database from growing run after run.
    if (ids) await call('POST', `/cases/${ids.caseId}/close`, 'sari.virtanen', { reason: 'test finished' });
    await service?.close();
  });

  /** Every user on one route, answered side by side with what the table expects. */
  async function expectRoute(name: string, state: ConsentState): Promise<void> {
    const route = routes[name]!;
    const got: Record<string, Shape> = {};
    const want: Record<string, Shape> = {};
    for (const user of everyone) {
      got[`${user} (${users[user]})`] = shapeOf(await call('GET', route.path(ids), user), route, ids);
      want[`${user} (${users[user]})`] = expectedIn(route.expected[user], state);
    }
    expect(got).toEqual(want);
  }

  describe('before any consent', () => {
    it.each(Object.keys(routes))('%s', (name) => expectRoute(name, 'no consent'));
  });

  describe('while the guardian consents to share child-protection information with the school', () => {
    beforeAll(async () => {
      const given = await call('POST', `/cases/${ids.caseId}/consents`, 'liisa.aalto', {
        informationClass: 'child-protection',
        toAgency: 'school',
        validFrom: today(),
        validUntil: finnishDate(new Date(Date.now() + 90 * 86_400_000)),
      });
      expect(given.status).toBe(201);
      consentId = given.body.consentId;
      await timelineHolds(9);
    }, 60_000);

    it.each(Object.keys(routes))('%s', (name) => expectRoute(name, 'consent given'));
  });

  describe('once the guardian has withdrawn it', () => {
    beforeAll(async () => {
      expect((await call('POST', `/cases/${ids.caseId}/consents/${consentId}/withdraw`, 'liisa.aalto')).status).toBe(200);
      await timelineHolds(10);
    }, 60_000);

    it.each(Object.keys(routes))('%s', (name) => expectRoute(name, 'consent withdrawn'));
  });
});
