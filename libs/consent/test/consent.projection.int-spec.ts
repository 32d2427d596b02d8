import type { PayloadOf } from '@yhdessa/contracts';
import { FixedClock, newId } from '@yhdessa/platform';
import { openTestDatabase, projectionFeeder } from '@yhdessa/testing';
import type { DataSource } from 'typeorm';
import { ConsentAccess } from '../src/consent-access.js';
import { consentMigrations } from '../src/consent.migrations.js';
import { ConsentProjection } from '../src/consent.projection.js';

const TODAY = '2026-03-16';

/** The projection is fed straight (`projectionFeeder`), so only its own rules decide. */
describe('consent projection: whatever the order, a withdrawn consent stays withdrawn', () => {
  let dataSource: DataSource;
  let access: ConsentAccess;
  const projection = new ConsentProjection();

  beforeAll(async () => {
    dataSource = await openTestDatabase({
      database: 'yhdessa_test_consent_projection',
      entities: [],
      migrations: consentMigrations,
    });
    access = new ConsentAccess(dataSource, new FixedClock(new Date(`${TODAY}T10:00:00Z`)));
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const feed = projectionFeeder(
    () => dataSource,
    projection,
    {
      'ConsentGiven.v1': projection.onGiven,
      'ConsentWithdrawn.v1': projection.onWithdrawn,
      'CaseState.v1': projection.onCaseState,
      'CaseStateErased.v1': projection.onCaseErased,
    },
    new Date(`${TODAY}T09:00:00Z`),
  );

  const healthToSchool = (consentId: string): PayloadOf<'ConsentGiven.v1'> => ({
    consentId,
    givenBy: { role: 'guardian', userId: 'liisa.aalto' },
    method: 'electronic',
    informationClass: 'health',
    toAgency: 'school',
    validFrom: '2026-03-01',
    validUntil: '2026-08-31',
    givenAt: '2026-03-01T08:00:00.000Z',
  });
  const withdrawal = (consentId: string, withdrawnAt = '2026-03-10T08:00:00.000Z'): PayloadOf<'ConsentWithdrawn.v1'> => ({
    consentId,
    withdrawnBy: { role: 'guardian' },
    withdrawnAt,
  });
  const inState = (consentId: string, withdrawnAt: string | null): PayloadOf<'CaseState.v1'> => ({
    careTeam: [],
    consents: [
      {
        consentId,
        informationClass: 'health',
        toAgency: 'school',
        validFrom: '2026-03-01',
        validUntil: '2026-08-31',
        withdrawnAt,
      },
    ],
  });
  const withdrawnAt = async (consentId: string): Promise<Date | null> =>
    (await dataSource.query('SELECT withdrawn_at FROM consent WHERE consent_id = $1', [consentId]))[0]?.withdrawn_at ?? null;

  it('keeps a consent withdrawn when its ConsentGiven comes again after the withdrawal', async () => {
    const [caseId, consentId] = [newId(), newId()];
    await feed('ConsentGiven.v1', caseId, healthToSchool(consentId));
    expect(await access.allows(caseId, 'school', 'health')).toBe(true);
    await feed('ConsentWithdrawn.v1', caseId, withdrawal(consentId));
    await feed('ConsentGiven.v1', caseId, healthToSchool(consentId));

    expect(await access.allows(caseId, 'school', 'health')).toBe(false);
  });

  it('keeps a consent withdrawn when an older state of the case, from before the withdrawal, comes after it', async () => {
    const [caseId, consentId] = [newId(), newId()];
    await feed('CaseState.v1', caseId, inState(consentId, '2026-03-10T08:00:00.000Z'));
    await feed('CaseState.v1', caseId, inState(consentId, null));

    expect(await access.allows(caseId, 'school', 'health')).toBe(false);
  });

  it('remembers a withdrawal that arrives before its consent', async () => {
    const [caseId, consentId] = [newId(), newId()];
    await feed('ConsentWithdrawn.v1', caseId, withdrawal(consentId));
    expect(await access.allows(caseId, 'school', 'health')).toBe(false);
    await feed('ConsentGiven.v1', caseId, healthToSchool(consentId));

    expect(await access.allows(caseId, 'school', 'health')).toBe(false);
  });

  it('keeps the first withdrawal time when the withdrawal comes again', async () => {
    const [caseId, consentId] = [newId(), newId()];
    await feed('ConsentGiven.v1', caseId, healthToSchool(consentId));
    await feed('ConsentWithdrawn.v1', caseId, withdrawal(consentId, '2026-03-10T08:00:00.000Z'));
    await feed('ConsentWithdrawn.v1', caseId, withdrawal(consentId, '2026-03-12T08:00:00.000Z'));

    expect(await withdrawnAt(consentId)).toEqual(new Date('2026-03-10T08:00:00.000Z'));
  });

  it('forgets an erased case, and nothing read after the erasure brings its consents back', async () => {
    const [caseId, consentId] = [newId(), newId()];
    await feed('ConsentGiven.v1', caseId, healthToSchool(consentId));
    await feed('CaseStateErased.v1', caseId, { erasedAt: `${TODAY}T09:30:00.000Z` });
    await feed('ConsentGiven.v1', caseId, healthToSchool(consentId));
    await feed('CaseState.v1', caseId, inState(newId(), null));

    expect(await access.allows(caseId, 'school', 'health')).toBe(false);
    expect((await dataSource.query('SELECT count(*)::int AS n FROM consent WHERE case_id = $1', [caseId]))[0].n).toBe(0);
  });
});
