import { foldSearch } from '@dangvu/schema';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password.js';
import { today } from '../graphql/scalars.js';
import { insertLamBinhCadres } from './lam-binh-cadres.js';
import { type DemoOrgRef, insertDemoMembers } from './members.js';
import { reformNaHang } from './na-hang-reform.js';
import { DEMO_PASSWORD, DEMO_TREE, DEMO_USERS, type DemoOrg } from './organizations.js';
import { insertDemoPipeline } from './pipeline.js';

async function insertTree(
  m: EntityManager,
  org: DemoOrg,
  parent: { id: string; path: string; code: string } | null,
  ids: Map<string, string>,
  refs: DemoOrgRef[],
) {
  const [{ id }] = await m.query('SELECT gen_random_uuid() AS id');
  const path = `${parent?.path ?? '/'}${id}/`;
  await m.query(
    `INSERT INTO organization (id, code, name, search_text, kind, sector, parent_id, path, established_on)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [
      id,
      org.code,
      org.name,
      foldSearch(`${org.code} ${org.name}`),
      org.kind,
      org.sector,
      parent?.id ?? null,
      path,
      org.establishedOn,
    ],
  );
  await m.query(`INSERT INTO organization_event (organization_id, kind, "on") VALUES ($1, 'FOUNDED', $2)`, [
    id,
    org.establishedOn,
  ]);
  ids.set(org.code, id);
  refs.push({ id, code: org.code, kind: org.kind, parentCode: parent?.code ?? null });
  for (const child of org.children ?? []) await insertTree(m, child, { id, path, code: org.code }, ids, refs);
}

/**
 * Loads the demo province on an empty database (no organisation yet); does
 * nothing otherwise. Returns whether it loaded. One audit entry records the load.
 */
export async function seedDemo(ds: DataSource): Promise<boolean> {
  return ds.transaction(async (m) => {
    await m.query('LOCK TABLE organization IN EXCLUSIVE MODE');
    const [{ count }] = await m.query('SELECT count(*)::int AS count FROM organization');
    if (count > 0) return false;
    const ids = new Map<string, string>();
    const refs: DemoOrgRef[] = [];
    await insertTree(m, DEMO_TREE, null, ids, refs);
    const membersByCell = await insertDemoMembers(m, refs, today());
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
    await insertDemoPipeline(m, ids, membersByCell, admin.id);
    await m.query(
      `INSERT INTO audit_entry (user_id, action, entity_type, entity_id, changes, scope_path)
       VALUES (NULL, 'seedDemo', 'Organization', $1, $2, $3)`,
      [
        ids.get(DEMO_TREE.code),
        JSON.stringify({
          organizations: { from: 0, to: ids.size },
          members: { from: 0, to: [...membersByCell.values()].flat().length },
        }),
        `/${ids.get(DEMO_TREE.code)}/`,
      ],
    );
    return true;
  });
}
