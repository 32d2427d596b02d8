import { isActiveOn } from '@yhdessa/care-team';
import { isInForceOn } from '@yhdessa/consent';
import { newId } from '@yhdessa/platform';
import { openTestDatabase } from '@yhdessa/testing';
import type { DataSource, QueryRunner } from 'typeorm';
import { activeCareTeamMemberSql } from '../src/case-record/care-team-member.repository.js';
import { consentInForceSql } from '../src/case-record/consent.repository.js';
import { caseCoordinationMigrations } from '../src/migrations/index.js';

// case-coordination decides who takes part in a case, and which consents are in force, in SQL over its
// own tables; the other services decide the same with `isActiveOn` and `isInForceOn` over their
// projections. Here both are asked about every arrangement of dates around a day, on rows of the real
// tables' column types, and must answer alike.

const day = '2026-06-15';
const before = '2026-06-14';
const after = '2026-06-16';
const days = [before, day, after];
const removal = new Date('2026-06-01T09:00:00Z');

let dataSource: DataSource;
let session: QueryRunner;

beforeAll(async () => {
  dataSource = await openTestDatabase({
    database: 'yhdessa_test_membership_rules',
    entities: [],
    migrations: caseCoordinationMigrations,
  });
  // One connection: the temporary tables below live only in it.
  session = dataSource.createQueryRunner();
  await session.connect();
}, 60_000);

afterAll(async () => {
  await session?.release();
  await dataSource?.destroy();
});

describe('an active care-team member', () => {
  const members = days.flatMap((since) =>
    [null, ...days].flatMap((until) => [null, removal].map((removedAt) => ({ memberId: newId(), since, until, removedAt }))),
  );

  beforeAll(async () => {
    await session.query('CREATE TEMPORARY TABLE member (LIKE case_care_team_member)');
    for (const member of members) {
      await session.query(
        `INSERT INTO member (member_id, case_id, user_id, display_name, agency, participant_kind, role_in_case, since, until, removed_at)
         VALUES ($1, $2, 'user', 'Someone', 'school', 'professional', 'teacher', $3, $4, $5)`,
        [member.memberId, newId(), member.since, member.until, member.removedAt],
      );
    }
  });

  it.each(days)('is the same in SQL as in isActiveOn on %s', async (on) => {
    const rows: Array<{ member_id: string }> = await session.query(
      `SELECT m.member_id FROM member m WHERE ${activeCareTeamMemberSql('m', '$1')}`,
      [on],
    );
    const expected = members.filter((member) => isActiveOn(member, on)).map((member) => member.memberId);
    expect(rows.map((row) => row.member_id).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(members.length);
  });
});

describe('a consent in force', () => {
  const consents = days.flatMap((validFrom) =>
    days.flatMap((validUntil) =>
      [null, removal].map((withdrawnAt) => ({ consentId: newId(), validFrom, validUntil, withdrawnAt })),
    ),
  );

  beforeAll(async () => {
    await session.query('CREATE TEMPORARY TABLE consent (LIKE case_consent)');
    for (const consent of consents) {
      await session.query(
        `INSERT INTO consent (consent_id, case_id, information_class, to_agency, valid_from, valid_until, given_by_name, given_by_role,
                              method, given_at, recorded_by_user_id, recorded_by_name, withdrawn_at)
         VALUES ($1, $2, 'health', 'school', $3, $4, 'Guardian', 'guardian', 'electronic', $5, 'worker', 'Worker', $6)`,
        [consent.consentId, newId(), consent.validFrom, consent.validUntil, removal, consent.withdrawnAt],
      );
    }
  });

  it.each(days)('is the same in SQL as in isInForceOn on %s', async (on) => {
    const rows: Array<{ consent_id: string }> = await session.query(
      `SELECT k.consent_id FROM consent k WHERE ${consentInForceSql('k', '$1')}`,
      [on],
    );
    const expected = consents.filter((consent) => isInForceOn(consent, on)).map((consent) => consent.consentId);
    expect(rows.map((row) => row.consent_id).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(consents.length);
  });
});
