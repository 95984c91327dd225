import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GENERATED_YEARS, generateHolidays } from '../../features/calendar/holiday.generate.js';

/**
 * Issue 10, party rules: the three admission dates (cell vote, decision,
 * ceremony) and the consent for a late ceremony; the first admission of a
 * re-admitted member; the ground of a removal or exemption in the history;
 * the working-day calendar (public_holiday), filled from the Labour Code for
 * 1976–2100. Existing members keep no ceremony date: their probation counts
 * from admitted_on. The new member columns are not counted by the rollups.
 */
export class AdmissionDates1732600000000 implements MigrationInterface {
  name = 'AdmissionDates1732600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE member
        ADD COLUMN cell_vote_on date,
        ADD COLUMN ceremony_on date,
        ADD COLUMN ceremony_late_approval text,
        ADD COLUMN first_admitted_on date,
        ADD CONSTRAINT member_cell_vote_check CHECK (cell_vote_on IS NULL OR cell_vote_on <= admitted_on),
        ADD CONSTRAINT member_ceremony_check CHECK (ceremony_on IS NULL OR ceremony_on >= admitted_on),
        ADD CONSTRAINT member_first_admitted_check CHECK (first_admitted_on IS NULL OR first_admitted_on < admitted_on)`);
    await q.query('ALTER TABLE member_event ADD COLUMN ground text');
    await q.query(`
      CREATE TABLE public_holiday (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        day date NOT NULL UNIQUE,
        name text NOT NULL,
        day_off boolean NOT NULL DEFAULT true,
        generated boolean NOT NULL DEFAULT true
      )`);
    const days: string[] = [];
    const names: string[] = [];
    for (let y = GENERATED_YEARS.from; y <= GENERATED_YEARS.to; y++)
      for (const h of generateHolidays(y)) {
        days.push(h.on);
        names.push(h.name);
      }
    await q.query(
      `INSERT INTO public_holiday (day, name) SELECT d, n FROM unnest($1::date[], $2::text[]) AS t(d, n) ON CONFLICT (day) DO NOTHING`,
      [days, names],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE public_holiday');
    await q.query('ALTER TABLE member_event DROP COLUMN ground');
    await q.query(`
      ALTER TABLE member
        DROP COLUMN cell_vote_on, DROP COLUMN ceremony_on, DROP COLUMN ceremony_late_approval, DROP COLUMN first_admitted_on`);
  }
}
