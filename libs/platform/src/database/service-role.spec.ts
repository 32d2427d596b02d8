import { serviceRoleGrants } from './service-role.js';

describe('serviceRoleGrants', () => {
  it('lets the role read and write every table, then holds each restricted table to its list', () => {
    const statements = serviceRoleGrants('case_coordination', 'yhdessa_case_coordination', {
      audit_record: ['SELECT', 'INSERT'],
    });
    expect(statements.slice(0, 5)).toEqual([
      'GRANT CONNECT ON DATABASE "case_coordination" TO "yhdessa_case_coordination"',
      'GRANT USAGE ON SCHEMA public TO "yhdessa_case_coordination"',
      'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "yhdessa_case_coordination"',
      'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "yhdessa_case_coordination"',
      'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "yhdessa_case_coordination"',
    ]);
    const audit = statements.find((statement) => statement.includes('public."audit_record" FROM'))!;
    expect(audit).toContain('REVOKE ALL ON TABLE public."audit_record" FROM "yhdessa_case_coordination"');
    expect(audit).toContain('GRANT SELECT, INSERT ON TABLE public."audit_record" TO "yhdessa_case_coordination"');
    expect(statements.indexOf(audit)).toBeGreaterThan(3);
  });

  it('never grants TRUNCATE, REFERENCES or TRIGGER on anything', () => {
    const sql = serviceRoleGrants('assessment', 'yhdessa_assessment', { audit_record: ['SELECT', 'INSERT'] }).join('\n');
    expect(sql).not.toMatch(/GRANT[^;]*(TRUNCATE|REFERENCES|TRIGGER|ALL PRIVILEGES)/);
  });

  it("keeps TypeORM's migration record read-only to the service", () => {
    const migrations = serviceRoleGrants('assessment', 'yhdessa_assessment').find((statement) =>
      statement.includes('"migrations"'),
    );
    expect(migrations).toContain('GRANT SELECT ON TABLE public."migrations" TO "yhdessa_assessment"');
  });

  it('takes every privilege on a table restricted to none', () => {
    const statement = serviceRoleGrants('assessment', 'yhdessa_assessment', { secrets: [] }).find((sql) =>
      sql.includes('"secrets"'),
    )!;
    expect(statement).toContain('REVOKE ALL ON TABLE public."secrets"');
    expect(statement).not.toContain('GRANT');
  });

  it.each([
    ['role', () => serviceRoleGrants('assessment', 'x"; DROP TABLE cases; --')],
    ['database', () => serviceRoleGrants('Assessment', 'yhdessa_assessment')],
    ['table', () => serviceRoleGrants('assessment', 'yhdessa_assessment', { 'audit record': ['SELECT'] })],
  ])('refuses a %s name that is not a plain identifier', (_what, grants) => {
    expect(grants).toThrow(/not a/);
  });
});
