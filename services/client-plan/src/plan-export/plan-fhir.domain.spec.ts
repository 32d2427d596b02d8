import { Fhir } from 'fhir';
import type { PlanVersionView } from '../plan-record/plan.view.js';
import { planInForceBundle, stableUuid } from './plan-fhir.domain.js';

/** A resource read back as plain JSON, any path of it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const hash = 'a'.repeat(64);
const version: PlanVersionView = {
  version: 2,
  status: 'in-force',
  revision: 3,
  contentHash: hash,
  signedContentHash: null,
  hiddenActions: 0,
  signedOffAt: '2026-11-30T10:15:00.000Z',
  content: {
    needs: [{ id: 'n1', text: 'Rauhalliset illat', source: null }],
    goals: [
      { id: 'g1', professional: 'Aino käy koulua joka päivä', childWords: 'Haluan pysyä tällä luokalla', needIds: ['n1'] },
      { id: 'g2', professional: 'Illat kotona rauhoittuvat', childWords: null, needIds: [] },
    ],
    actions: [
      {
        id: 'a-school',
        what: 'Tukiopetus kahdesti viikossa',
        agency: 'school',
        responsible: { userId: 'anna', name: 'Anna Laine' },
        start: '2026-12-01',
        due: '2027-03-01',
        goalIds: ['g1'],
      },
    ],
    services: [{ id: 's1', name: 'Perhetyö', agency: 'child-protection' }],
    participants: [{ name: 'Aino', part: 'lapsi' }],
    childView: { howFoundOut: 'Tapaaminen koulussa', view: 'Haluan pysyä luokallani.' },
    disagreements: [{ id: 'd1', topic: 'Illat', view: 'Liian myöhään ulkona', heldBy: 'koulu' }],
    reviewOn: '2027-05-31',
  },
  round: {
    number: 2,
    ordered: false,
    expiresAt: null,
    signatories: [
      {
        userId: 'sari',
        displayName: 'Sari Virtanen',
        agency: 'child-protection',
        part: 'signs',
        ground: 'responsible-worker',
        position: 0,
        answer: null,
      },
      {
        userId: 'liisa',
        displayName: 'Liisa Aalto',
        agency: 'family',
        part: 'signs',
        ground: 'guardian',
        position: 1,
        answer: null,
      },
      {
        userId: 'aino',
        displayName: 'Aino Aalto',
        agency: 'family',
        part: 'comments',
        ground: 'child',
        position: 2,
        answer: null,
      },
    ],
  },
  signatureRecord: [
    {
      round: 1,
      userId: 'liisa',
      displayName: 'Liisa Aalto',
      agency: 'family',
      decision: 'declined',
      contentHash: hash,
      remark: 'Ei',
      at: '2026-11-29T09:00:00.000Z',
    },
    {
      round: 2,
      userId: 'liisa',
      displayName: 'Liisa Aalto',
      agency: 'family',
      decision: 'signed',
      contentHash: hash,
      remark: null,
      at: '2026-11-30T10:00:00.000Z',
    },
    {
      round: 2,
      userId: 'aino',
      displayName: 'Aino Aalto',
      agency: 'family',
      decision: 'commented',
      contentHash: hash,
      remark: 'Ok',
      at: '2026-11-30T10:05:00.000Z',
    },
    {
      round: 2,
      userId: 'sari',
      displayName: 'Sari Virtanen',
      agency: 'child-protection',
      decision: 'signed',
      contentHash: hash,
      remark: null,
      at: '2026-11-30T10:15:00.000Z',
    },
  ],
};

const bundle = () =>
  planInForceBundle({
    planId: '0b8f9c5e-4a51-4f0e-9d1c-6f2d7a3e9b10',
    caseId: '4f1d2c3b-5a69-4e7f-8a9b-0c1d2e3f4a5b',
    version,
    actions: [{ actionId: 'a-school', status: 'ongoing', note: 'Aloitettu', updatedAt: null, updatedBy: null }],
    exportedAt: new Date('2026-11-30T12:00:00.000Z'),
  });

/** FHIR.js's validator with FHIR R4's own structure definitions and value sets (an implementation independent of ours). */
const validate = (resource: object) => new Fhir().validate(resource, { errorOnUnexpected: true });
const problems = (resource: object) =>
  validate(resource).messages.filter((message) => message.severity === 'error' || message.severity === 'fatal');

describe('the plan in force as FHIR R4', () => {
  it('is a valid Bundle by FHIR R4’s definitions: CarePlan, its Goals, the CareTeam and a Provenance per signature', () => {
    const exported = bundle();
    expect(problems(exported)).toEqual([]);
    expect(validate(exported).valid).toBe(true);
    expect(exported.entry.map((entry) => entry.resource.resourceType)).toEqual([
      'CarePlan',
      'Goal',
      'Goal',
      'CareTeam',
      'Provenance',
      'Provenance',
    ]);
    for (const { resource } of exported.entry) expect(problems(resource)).toEqual([]);
  });

  it('says the plan: activities with their status and schedule, the child’s words on the goal, needs and disagreeing views as notes', () => {
    const [carePlan, goal] = bundle().entry.map((entry) => entry.resource) as unknown as [Json, Json];
    expect(carePlan).toMatchObject({
      status: 'active',
      intent: 'plan',
      period: { start: '2026-11-30T10:15:00.000Z', end: '2027-05-31' },
    });
    expect(carePlan.activity[0].detail).toMatchObject({
      kind: 'Task',
      status: 'in-progress',
      description: 'Tukiopetus kahdesti viikossa',
      scheduledPeriod: { start: '2026-12-01', end: '2027-03-01' },
      performer: [{ identifier: { value: 'anna' }, display: 'Anna Laine' }],
      goal: [{ reference: `urn:uuid:${goal.id}` }],
    });
    expect(carePlan.activity[1].detail).toMatchObject({ kind: 'ServiceRequest', description: 'Perhetyö' });
    expect(goal.note).toEqual([{ authorString: 'lapsi', text: 'Haluan pysyä tällä luokalla' }]);
    expect(carePlan.note).toContainEqual({ authorString: 'koulu', text: 'Eriävä näkemys: Illat: Liian myöhään ulkona' });
  });

  it('records each signature of the round that brought it into force — who, when, the hash signed — not declines or comments', () => {
    const provenances = bundle()
      .entry.map((entry) => entry.resource as Json)
      .filter((resource) => resource.resourceType === 'Provenance');
    expect(
      provenances.map((provenance) => [
        provenance.agent[0].who.display,
        provenance.recorded,
        provenance.entity[0].what.identifier.value,
      ]),
    ).toEqual([
      ['Liisa Aalto', '2026-11-30T10:00:00.000Z', hash],
      ['Sari Virtanen', '2026-11-30T10:15:00.000Z', hash],
    ]);
  });

  it('names its resources alike when exported again, and the validator does find a broken one', () => {
    expect(bundle().entry.map((entry) => entry.fullUrl)).toEqual(bundle().entry.map((entry) => entry.fullUrl));
    expect(stableUuid('x', 1)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const broken = bundle();
    const { intent: _intent, ...withoutIntent } = broken.entry[0]!.resource;
    broken.entry[0]!.resource = { ...withoutIntent, status: 'underway', colour: 'blue' } as never;
    expect(problems(broken).length).toBeGreaterThanOrEqual(3);
  });
});
