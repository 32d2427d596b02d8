import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows make up the experts' calendars as the slot search reads them. */
const calendarTables = ['expert', 'availability_window', 'availability_exception', 'booking', 'booking_participant'];

/**
 * One number that grows with every committed change to the experts' calendars — an expert, their
 * availability or exceptions, a booking or hold and the time it blocks — whoever writes it, an
 * instance of the service or anyone else. A reader that keeps calendars asks for it to know whether
 * what it keeps is still what the database holds. It is raised once per transaction, at commit (a
 * deferred trigger), so a transaction holds its lock only while committing and cannot deadlock on it;
 * the new number becomes visible together with the change.
 */
export class AddCalendarVersion1767100008000 implements MigrationInterface {
  name = 'AddCalendarVersion1767100008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_version (
        single  boolean PRIMARY KEY DEFAULT true CHECK (single),
        version bigint NOT NULL
      )`);
    await queryRunner.query('INSERT INTO calendar_version (single, version) VALUES (true, 1)');
    await queryRunner.query(`
      CREATE FUNCTION calendar_version_raise() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('yhdessa.calendar_version_raised', true) IS DISTINCT FROM txid_current()::text THEN
          UPDATE calendar_version SET version = version + 1;
          PERFORM set_config('yhdessa.calendar_version_raised', txid_current()::text, true);
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of calendarTables) {
      await queryRunner.query(`
        CREATE CONSTRAINT TRIGGER ${table}_raises_calendar_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION calendar_version_raise()`);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_truncate_raises_calendar_version AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION calendar_version_raise()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of calendarTables) {
      await queryRunner.query(`DROP TRIGGER ${table}_truncate_raises_calendar_version ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_raises_calendar_version ON ${table}`);
    }
    await queryRunner.query('DROP FUNCTION calendar_version_raise()');
    await queryRunner.query('DROP TABLE calendar_version');
  }
}
