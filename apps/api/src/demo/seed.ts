import { randomUUID } from 'node:crypto';
import { foldSearch } from '@dangvu/schema';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password.js';
import { today } from '../graphql/scalars.js';
import { withAdmissionDates } from './admission-dates.js';
import { chunked, insertMemberRows } from './insert-members.js';
import { insertLamBinhCadres } from './lam-binh-cadres.js';
import { laoCaiPlan } from './lao-cai.js';
import { laoCaiMembers } from './lao-cai-members.js';
import { type DemoOrgRef, demoMembers } from './members.js';
import { reformNaHang } from './na-hang-reform.js';
import { DEMO_PASSWORD, DEMO_TREE, DEMO_USERS, type DemoOrg } from './organizations.js';
import { insertDemoPipeline } from './pipeline.js';

interface OrgRow extends DemoOrgRef {
  org: DemoOrg;
  parentId: string | null;
  path: string;
}

/** The tree in insertion order (parents first), each node with a new id and its materialized path. */
function flatten(org: DemoOrg, parent: OrgRow | null, out: OrgRow[] = []): OrgRow[] {
  const id = randomUUID();
  const row: OrgRow = {
    id,
    code: org.code,
    kind: org.kind,
    parentCode: parent?.code ?? null,
    org,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
  };
  out.push(row);
  for (const child of org.children ?? []) flatten(child, row, out);
  return out;
}

/** Inserts the organisations of a tree in one statement; returns their refs. */
async function insertTree(m: EntityManager, tree: DemoOrg): Promise<DemoOrgRef[]> {
  const rows = flatten(tree, null);
  await m.query(
    `INSERT INTO organization (id, code, name, search_text, kind, sector, parent_id, path, established_on)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::date[])`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.code),
      rows.map((r) => r.org.name),
      rows.map((r) => foldSearch(`${r.code} ${r.org.name}`)),
      rows.map((r) => r.kind),
      rows.map((r) => r.org.sector),
      rows.map((r) => r.parentId),
      rows.map((r) => r.path),
      rows.map((r) => r.org.establishedOn),
    ],
  );
  await m.query(
    `INSERT INTO organization_event (organization_id, kind, "on") SELECT id, 'FOUNDED', d FROM unnest($1::uuid[], $2::date[]) AS t(id, d)`,
    [rows.map((r) => r.id), rows.map((r) => r.org.establishedOn)],
  );
  return rows.map(({ id, code, kind, parentCode }) => ({ id, code, kind, parentCode }));
}

/** One audit entry per province records its load. */
async function auditLoad(m: EntityManager, rootId: string, organizations: number, members: number) {
  await m.query(
    `INSERT INTO audit_entry (user_id, action, entity_type, entity_id, changes, scope_path)
     VALUES (NULL, 'seedDemo', 'Organization', $1, $2, $3)`,
    [
      rootId,
      JSON.stringify({ organizations: { from: 0, to: organizations }, members: { from: 0, to: members } }),
      `/${rootId}/`,
    ],
  );
}

/**
 * Loads the demo on an empty database (no organisation yet): Tỉnh Tuyên
 * Quang with its districts (seeds 000), and Tỉnh Lào Cai at real scale (seed
 * 001: 615 grassroots organisations, 51,000 members), in a few large
 * statements. Does nothing on a database that has organisations; returns
 * whether it loaded.
 */
export async function seedDemo(ds: DataSource): Promise<boolean> {
  return ds.transaction(async (m) => {
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
    await auditLoad(m, ids.get(DEMO_TREE.code)!, refs.length, tq.current);
    await auditLoad(m, ids.get(lc.tree.code)!, lcRefs.length, lcMembers.current);
    return true;
  });
}
