import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password.js';
import { today } from '../graphql/scalars.js';
import { withAdmissionDates } from './admission-dates.js';
import { insertArticleLeadership, insertArticlePlaces } from './articles.js';
import { chunked, insertMemberRows } from './insert-members.js';
import { auditLoad, insertTree } from './insert-tree.js';
import { insertDemoInspections } from './inspections.js';
import { insertLamBinhCadres } from './lam-binh-cadres.js';
import { laoCaiPlan } from './lao-cai.js';
import { laoCaiMembers } from './lao-cai-members.js';
import { insertDemoMeetings } from './meetings.js';
import { demoMembers } from './members.js';
import { reformNaHang } from './na-hang-reform.js';
import { DEMO_PASSWORD, DEMO_TREE, DEMO_USERS } from './organizations.js';
import { insertDemoPipeline } from './pipeline.js';
import { insertDemoRatings } from './ratings.js';

/**
 * Loads the demo on an empty database (no organisation yet): Tỉnh Tuyên
 * Quang with its districts (seeds 000), Tỉnh Lào Cai at real scale (seed
 * 001: 615 grassroots organisations, 51,000 members), and the places of
 * seeds 002 to 004 (Tuần Giáo, Sốp Cộp, Vân Khánh: articles.ts), with the
 * cell meetings of these places (meetings.ts) and the annual ratings the
 * articles report (ratings.ts), in a few large statements. Does nothing on
 * a database that has organisations; returns whether it loaded.
 */
export async function seedDemo(ds: DataSource): Promise<boolean> {
  const loaded = await ds.transaction(async (m) => {
    await m.query('LOCK TABLE organization IN EXCLUSIVE MODE');
    const [{ count }] = await m.query('SELECT count(*)::int AS count FROM organization');
    if (count > 0) return false;
    const on = today();
    const refs = await insertTree(m, DEMO_TREE);
    const lc = laoCaiPlan();
    const lcRefs = await insertTree(m, lc.tree);
    const ids = new Map([...refs, ...lcRefs].map((o) => [o.code, o.id]));
    const tq = await insertMemberRows(m, chunked(withAdmissionDates(demoMembers(refs, on), on, 1)), ids, true);
    const lcMembers = await insertMemberRows(m, chunked(withAdmissionDates(laoCaiMembers(lc.leaves, on), on, 2)), ids);
    await insertArticlePlaces(m, ids, on);
    await insertLamBinhCadres(m, ids);
    const hash = await hashPassword(DEMO_PASSWORD);
    for (const u of DEMO_USERS) {
      await m.query(
        `INSERT INTO app_user (username, display_name, password_hash, role, scope_id) VALUES ($1,$2,$3,$4,$5)
         ON CONFLICT (username) DO NOTHING`,
        [u.username, u.displayName, hash, u.role, ids.get(u.scope)],
      );
    }
    const [admin] = await m.query(`SELECT id FROM app_user WHERE role = 'ADMIN' ORDER BY created_at LIMIT 1`);
    if (!admin) throw new Error('the demo loads after the first administrator is created');
    await reformNaHang(m, ids, admin.id);
    await insertDemoPipeline(m, ids, tq.byCell, admin.id, on);
    await insertArticleLeadership(m, ids);
    await insertDemoInspections(m, ids, admin.id, on);
    await insertDemoMeetings(m, ids, on);
    await insertDemoRatings(m, ids, admin.id);
    await auditLoad(m, ids.get(DEMO_TREE.code)!, refs.length, tq.current);
    await auditLoad(m, ids.get(lc.tree.code)!, lcRefs.length, lcMembers.current);
    return true;
  });
  // the planner's statistics of the tables the demo just filled: until autovacuum comes round, a fresh demo's
  // estimates are an empty database's (Lào Cai's alertSummary took 4.4 s on a nested loop instead of 75 ms)
  if (loaded) await ds.query('ANALYZE');
  return loaded;
}
