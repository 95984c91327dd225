import type { QueryRunner } from 'typeorm';

/**
 * Statement-level triggers on `member` that keep a count table in the
 * writing transaction: `fn()` applies `apply(rows)` to the rows a statement
 * inserted (+1), updated (new +1, old −1) or deleted (−1), each row's delta
 * given by `delta(transition table, sign)`. Used by member_rollup (migration
 * Scale1732500000000) and member_stat (Statistics1733500000000).
 */
export async function createDeltaTriggers(
  q: QueryRunner,
  fn: string,
  delta: (source: string, sign: 1 | -1) => string,
  apply: (rows: string) => string,
): Promise<void> {
  await q.query(`
      CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${apply(delta('new_rows', 1))}
        ELSIF TG_OP = 'UPDATE' THEN
          ${apply(`${delta('new_rows', 1)} UNION ALL ${delta('old_rows', -1)}`)}
        ELSE
          ${apply(delta('old_rows', -1))}
        END IF;
        RETURN NULL;
      END $$`);
  const name = fn.replace(/_apply$/, '');
  await q.query(`CREATE TRIGGER ${name}_ins AFTER INSERT ON member REFERENCING NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
  await q.query(`CREATE TRIGGER ${name}_upd AFTER UPDATE ON member REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
  await q.query(`CREATE TRIGGER ${name}_del AFTER DELETE ON member REFERENCING OLD TABLE AS old_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
}
