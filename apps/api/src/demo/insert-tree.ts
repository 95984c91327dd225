import { randomUUID } from 'node:crypto';
import { foldSearch } from '@dangvu/schema';
import type { EntityManager } from 'typeorm';
import type { DemoOrgRef } from './members.js';
import type { DemoOrg } from './organizations.js';

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
export async function insertTree(m: EntityManager, tree: DemoOrg): Promise<DemoOrgRef[]> {
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
export async function auditLoad(m: EntityManager, rootId: string, organizations: number, members: number) {
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
