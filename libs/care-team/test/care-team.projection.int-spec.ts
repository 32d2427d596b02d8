import type { PayloadOf } from '@yhdessa/contracts';
import { FixedClock, newId } from '@yhdessa/platform';
import { openTestDatabase, projectionFeeder } from '@yhdessa/testing';
import type { DataSource } from 'typeorm';
import { CareTeamAccess } from '../src/care-team-access.js';
import { careTeamMigrations } from '../src/care-team.migrations.js';
import { CareTeamProjection } from '../src/care-team.projection.js';

const TODAY = '2026-03-16';

/** The projection is fed straight (`projectionFeeder`), so only its own rules decide. */
describe('care-team projection: whatever the order, a removed member stays removed', () => {
  let dataSource: DataSource;
  let access: CareTeamAccess;
  const projection = new CareTeamProjection();

  beforeAll(async () => {
    dataSource = await openTestDatabase({
      database: 'yhdessa_test_care_team_projection',
      entities: [],
      migrations: careTeamMigrations,
    });
    access = new CareTeamAccess(dataSource, new FixedClock(new Date(`${TODAY}T10:00:00Z`)));
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const feed = projectionFeeder(
    () => dataSource,
    projection,
    {
      'CareTeamMemberAdded.v1': projection.onMemberAdded,
      'CareTeamMemberRemoved.v1': projection.onMemberRemoved,
      'CaseState.v1': projection.onCaseState,
      'CaseStateErased.v1': projection.onCaseErased,
    },
    new Date(`${TODAY}T09:00:00Z`),
  );

  const teacher = (memberId: string): PayloadOf<'CareTeamMemberAdded.v1'> => ({
    memberId,
    userId: 'anna.laine',
    displayName: 'Anna Laine',
    agency: 'school',
    participantKind: 'professional',
    roleInCase: 'class teacher',
    since: '2026-01-12',
    until: null,
  });
  const removal = (memberId: string): PayloadOf<'CareTeamMemberRemoved.v1'> => ({
    memberId,
    userId: 'anna.laine',
    agency: 'school',
    until: '2026-03-02',
    reason: 'moved school',
  });
  const stateOf = (...careTeam: PayloadOf<'CaseState.v1'>['careTeam']): PayloadOf<'CaseState.v1'> => ({ careTeam, consents: [] });

  it('keeps a member removed when their CareTeamMemberAdded comes again after the removal', async () => {
    const [caseId, memberId] = [newId(), newId()];
    await feed('CareTeamMemberAdded.v1', caseId, teacher(memberId));
    expect(await access.isMember(caseId, 'anna.laine')).toBe(true);
    await feed('CareTeamMemberRemoved.v1', caseId, removal(memberId));
    await feed('CareTeamMemberAdded.v1', caseId, teacher(memberId));

    expect(await access.isMember(caseId, 'anna.laine')).toBe(false);
    const [member] = await access.members(caseId);
    expect(member).toMatchObject({ memberId, until: '2026-03-02' });
    expect(member!.removedAt).not.toBeNull();
  });

  it('keeps a member removed when an older state of the case, from before the removal, comes after it', async () => {
    const [caseId, memberId] = [newId(), newId()];
    await feed(
      'CaseState.v1',
      caseId,
      stateOf({ ...teacher(memberId), removedAt: '2026-03-02T08:00:00.000Z', until: '2026-03-02' }),
    );
    await feed('CaseState.v1', caseId, stateOf({ ...teacher(memberId), removedAt: null }));

    expect(await access.isMember(caseId, 'anna.laine')).toBe(false);
    expect((await access.members(caseId)).map((member) => member.until)).toEqual(['2026-03-02']);
  });

  it('remembers a removal that arrives before the member, and shows the member once known, removed', async () => {
    const [caseId, memberId] = [newId(), newId()];
    await feed('CareTeamMemberRemoved.v1', caseId, removal(memberId));
    expect(await access.members(caseId)).toEqual([]);
    await feed('CareTeamMemberAdded.v1', caseId, teacher(memberId));

    expect(await access.isMember(caseId, 'anna.laine')).toBe(false);
    expect(await access.members(caseId)).toEqual([
      expect.objectContaining({ memberId, displayName: 'Anna Laine', until: '2026-03-02' }),
    ]);
  });

  it('lets a person back on the team as a new member, beside their removed membership', async () => {
    const [caseId, first, second] = [newId(), newId(), newId()];
    await feed('CareTeamMemberAdded.v1', caseId, teacher(first));
    await feed('CareTeamMemberRemoved.v1', caseId, removal(first));
    await feed('CareTeamMemberAdded.v1', caseId, { ...teacher(second), since: '2026-03-10' });

    expect(await access.isMember(caseId, 'anna.laine')).toBe(true);
    expect((await access.members(caseId)).map((member) => [member.memberId, member.removedAt === null])).toEqual([
      [first, false],
      [second, true],
    ]);
  });

  it('forgets an erased case, and nothing read after the erasure brings its members back', async () => {
    const [caseId, memberId, other] = [newId(), newId(), newId()];
    await feed('CareTeamMemberAdded.v1', caseId, teacher(memberId));
    await feed('CareTeamMemberAdded.v1', other, teacher(newId()));
    await feed('CaseStateErased.v1', caseId, { erasedAt: `${TODAY}T09:30:00.000Z` });
    await feed('CareTeamMemberAdded.v1', caseId, teacher(memberId));
    await feed('CaseState.v1', caseId, stateOf({ ...teacher(newId()), removedAt: null }));
    await feed('CareTeamMemberRemoved.v1', caseId, removal(memberId));

    expect(await access.members(caseId)).toEqual([]);
    expect((await dataSource.query('SELECT count(*)::int AS n FROM care_team_member WHERE case_id = $1', [caseId]))[0].n).toBe(0);
    expect(await access.isMember(other, 'anna.laine')).toBe(true);
  });
});
