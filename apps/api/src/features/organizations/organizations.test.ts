import { describe, expect, it } from 'vitest';
import { codeOf, makeOrg, makeUser, makeWorld, startTestApp, uniq } from '../../test/harness.js';

const app = await startTestApp();

const CREATE = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id code name kind sector status version establishedOn parent { id } ancestors { id } }
}`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id code name sector version } }`;
const DISSOLVE = `mutation($input: DissolveOrganizationInput!) { dissolveOrganization(input: $input) { id status closedOn version } }`;
const MERGE = `mutation($input: MergeOrganizationsInput!) { mergeOrganizations(input: $input) { id children { code } } }`;
const ORG = `query($id: ID!) { organization(id: $id) { id code status version closedOn mergedInto { id } parent { id } children(includeInactive: true) { id status } } }`;

async function count(table: string) {
  const [{ c }] = await app.ds.query(`SELECT count(*)::int AS c FROM ${table}`);
  return c as number;
}

describe('createOrganization', () => {
  it('creates a cell under a grassroots committee, with its path, and audits it', async () => {
    const w = await makeWorld(app.ds);
    const code = uniq('LB-TL-');
    const r = await app.gql(
      CREATE,
      {
        input: {
          parentId: w.C1.id,
          code: code.toLowerCase(),
          name: ' Chi bộ Thôn Nà Thuôn ',
          kind: 'SUBORDINATE_CELL',
          sector: 'VILLAGE',
          establishedOn: '2020-05-19',
        },
      },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    expect(r.errors).toBeUndefined();
    const org = r.data!.createOrganization;
    expect(org).toMatchObject({
      code,
      name: 'Chi bộ Thôn Nà Thuôn',
      status: 'ACTIVE',
      version: 1,
      parent: { id: w.C1.id },
    });
    // a commune user sees ancestors only from its scope down
    expect(org.ancestors.map((a: { id: string }) => a.id)).toEqual([w.C1.id]);
    const [entry] = await app.ds.query(`SELECT * FROM audit_entry WHERE entity_id = $1`, [org.id]);
    expect(entry).toMatchObject({
      action: 'createOrganization',
      entity_type: 'Organization',
      user_id: w.users.COMMUNE_ADMIN.id,
    });
    expect(entry.changes.code).toEqual({ from: null, to: code });
  });

  it('lists every bad field with its path and message, and saves nothing', async () => {
    const w = await makeWorld(app.ds);
    const before = await count('organization');
    const r = await app.gql(
      CREATE,
      {
        input: {
          parentId: w.C1.id,
          code: 'bad code!',
          name: '  ',
          kind: 'SUBORDINATE_CELL',
          sector: 'VILLAGE',
          establishedOn: '2999-01-01',
        },
      },
      { token: w.users.ADMIN.token },
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    const paths = r.errors![0].extensions.fields.map((f: { path: string[] }) => f.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['input.code', 'input.name', 'input.establishedOn']));
    expect(await count('organization')).toBe(before);
  });

  it('answers in English with Accept-Language: en', async () => {
    const w = await makeWorld(app.ds);
    const input = {
      parentId: w.C1.id,
      code: 'x y',
      name: 'N',
      kind: 'SUBORDINATE_CELL',
      sector: 'VILLAGE',
      establishedOn: '2020-01-01',
    };
    const vi = await app.gql(CREATE, { input }, { token: w.users.ADMIN.token });
    const en = await app.gql(CREATE, { input }, { token: w.users.ADMIN.token, lang: 'en' });
    expect(vi.errors![0].extensions.fields[0].message).toMatch(/Mã chỉ gồm/);
    expect(en.errors![0].extensions.fields[0].message).toMatch(/Codes use capital letters/);
  });

  it('refuses a kind that does not fit its parent (PARENT_KIND), on both sides of the rule', async () => {
    const w = await makeWorld(app.ds);
    const base = { code: uniq('K'), name: 'Chi bộ', sector: 'VILLAGE', establishedOn: '2020-01-01' };
    const underDistrict = await app.gql(
      CREATE,
      { input: { ...base, parentId: w.D1.id, kind: 'SUBORDINATE_CELL' } },
      { token: w.users.ADMIN.token },
    );
    expect(codeOf(underDistrict)).toBe('RULE_VIOLATION');
    expect(underDistrict.errors![0].extensions).toMatchObject({
      rule: 'PARENT_KIND',
      source: expect.stringContaining('Điều lệ Đảng'),
    });
    const underCommune = await app.gql(
      CREATE,
      { input: { ...base, parentId: w.C1.id, kind: 'SUBORDINATE_CELL' } },
      { token: w.users.ADMIN.token },
    );
    expect(codeOf(underCommune)).toBe('OK');
    // two-level model since 2025: a grassroots committee directly under a province
    const underProvince = await app.gql(
      CREATE,
      { input: { ...base, code: uniq('K'), parentId: w.P.id, kind: 'GRASSROOTS_COMMITTEE', sector: 'COMMUNE' } },
      { token: w.users.ADMIN.token },
    );
    expect(codeOf(underProvince)).toBe('OK');
  });

  it('refuses a duplicate code with CONFLICT, whatever its case', async () => {
    const w = await makeWorld(app.ds);
    const r = await app.gql(
      CREATE,
      {
        input: {
          parentId: w.C1.id,
          code: w.C1a.code.toLowerCase(),
          name: 'Trùng',
          kind: 'SUBORDINATE_CELL',
          sector: 'VILLAGE',
          establishedOn: '2020-01-01',
        },
      },
      { token: w.users.ADMIN.token },
    );
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].extensions.fields[0].path).toEqual(['input', 'code']);
  });

  it('lets only ADMIN create a root', async () => {
    const w = await makeWorld(app.ds);
    const input = {
      parentId: null,
      code: uniq('R'),
      name: 'Đảng bộ tỉnh mới',
      kind: 'PROVINCIAL_COMMITTEE',
      sector: 'OTHER',
      establishedOn: '2020-01-01',
    };
    expect(codeOf(await app.gql(CREATE, { input }, { token: w.users.DISTRICT_ADMIN.token }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(CREATE, { input }, { token: w.users.ADMIN.token }))).toBe('OK');
  });

  it('lets a commune admin create only cells under its own grassroots organisation', async () => {
    const w = await makeWorld(app.ds);
    const input = {
      parentId: w.C1.id,
      code: uniq('G'),
      name: 'Chi bộ',
      kind: 'SUBORDINATE_CELL',
      sector: 'SCHOOL',
      establishedOn: '2020-01-01',
    };
    expect(
      codeOf(
        await app.gql(
          CREATE,
          { input: { ...input, parentId: w.D1.id, kind: 'GRASSROOTS_CELL' } },
          { token: w.users.COMMUNE_ADMIN.token },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(CREATE, { input }, { token: w.users.COMMUNE_ADMIN.token }))).toBe('OK');
  });
});

describe('updateOrganization', () => {
  it('renames with the current version, and refuses a stale one with CONFLICT, changing nothing', async () => {
    const w = await makeWorld(app.ds);
    const ok = await app.gql(
      UPDATE,
      { input: { id: w.C1a.id, version: 1, name: 'Chi bộ Thôn Nà Coóc' } },
      { token: w.users.DISTRICT_ADMIN.token },
    );
    expect(ok.data!.updateOrganization).toMatchObject({ name: 'Chi bộ Thôn Nà Coóc', version: 2 });
    const stale = await app.gql(
      UPDATE,
      { input: { id: w.C1a.id, version: 1, name: 'Tên khác' } },
      { token: w.users.DISTRICT_ADMIN.token },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions.currentVersion).toBe(2);
    const [row] = await app.ds.query('SELECT name, version FROM organization WHERE id = $1', [w.C1a.id]);
    expect(row).toEqual({ name: 'Chi bộ Thôn Nà Coóc', version: 2 });
    const [entry] = await app.ds.query(
      `SELECT changes FROM audit_entry WHERE entity_id = $1 AND action = 'updateOrganization'`,
      [w.C1a.id],
    );
    expect(entry.changes).toEqual({ name: { from: `Tổ chức ${w.C1a.code}`, to: 'Chi bộ Thôn Nà Coóc' } });
  });

  it('keeps a dissolved organisation read-only (ORGANIZATION_CLOSED)', async () => {
    const w = await makeWorld(app.ds);
    const closed = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL', { status: 'DISSOLVED' });
    const r = await app.gql(
      UPDATE,
      { input: { id: closed.id, version: 1, name: 'X' } },
      { token: w.users.ADMIN.token },
    );
    expect(r.errors![0].extensions.rule).toBe('ORGANIZATION_CLOSED');
  });
});

describe('dissolveOrganization', () => {
  it('refuses while active organisations remain below (ACTIVE_CHILDREN), then dissolves once they are gone', async () => {
    const w = await makeWorld(app.ds);
    const t = w.users.ADMIN.token;
    const blocked = await app.gql(DISSOLVE, { input: { id: w.C2.id, version: 1, on: '2025-06-30' } }, { token: t });
    expect(blocked.errors![0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ACTIVE_CHILDREN' });
    expect(
      codeOf(
        await app.gql(
          DISSOLVE,
          { input: { id: w.C2a.id, version: 1, on: '2025-06-30', decisionNumber: '12-QĐ/ĐU' } },
          { token: t },
        ),
      ),
    ).toBe('OK');
    const done = await app.gql(DISSOLVE, { input: { id: w.C2.id, version: 1, on: '2025-06-30' } }, { token: t });
    expect(done.data!.dissolveOrganization).toMatchObject({ status: 'DISSOLVED', closedOn: '2025-06-30', version: 2 });
    // history is kept: the dissolved organisation stays readable, hidden from the default children
    const parent = await app.gql(
      `query($id: ID!) { organization(id: $id) { children { id } all: children(includeInactive: true) { id } } }`,
      { id: w.D1.id },
      { token: t },
    );
    expect(parent.data!.organization.children.map((c: { id: string }) => c.id)).not.toContain(w.C2.id);
    expect(parent.data!.organization.all.map((c: { id: string }) => c.id)).toContain(w.C2.id);
  });

  it('refuses a date before the founding date', async () => {
    const w = await makeWorld(app.ds);
    const r = await app.gql(
      DISSOLVE,
      { input: { id: w.C1a.id, version: 1, on: '1999-12-31' } },
      { token: w.users.ADMIN.token },
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions.fields[0].path).toEqual(['input', 'on']);
  });
});

describe('mergeOrganizations', () => {
  it('moves the active cells of the sources under the target and closes the sources as MERGED', async () => {
    const w = await makeWorld(app.ds);
    const t = w.users.DISTRICT_ADMIN.token;
    const deep = await makeOrg(app.ds, w.C2a, 'SUBORDINATE_CELL'); // an odd but possible grandchild: its path must follow
    const r = await app.gql(
      MERGE,
      { input: { sourceIds: [w.C2.id], targetId: w.C1.id, on: '2025-07-01', decisionNumber: '01-QĐ/HU' } },
      { token: t },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.mergeOrganizations.children.map((c: { code: string }) => c.code)).toContain(w.C2a.code);
    const src = await app.gql(ORG, { id: w.C2.id }, { token: t });
    expect(src.data!.organization).toMatchObject({
      status: 'MERGED',
      closedOn: '2025-07-01',
      mergedInto: { id: w.C1.id },
    });
    const [moved] = await app.ds.query('SELECT parent_id, path FROM organization WHERE id = $1', [w.C2a.id]);
    expect(moved).toEqual({ parent_id: w.C1.id, path: `${w.C1.path}${w.C2a.id}/` });
    const [grandchild] = await app.ds.query('SELECT path FROM organization WHERE id = $1', [deep.id]);
    expect(grandchild.path).toBe(`${w.C1.path}${w.C2a.id}/${deep.id}/`);
    // the commune admin of the target now sees the moved cell
    const seen = await app.gql(ORG, { id: w.C2a.id }, { token: w.users.COMMUNE_ADMIN.token });
    expect(seen.data!.organization.id).toBe(w.C2a.id);
  });

  it('refuses organisations of different levels (MERGE_LEVEL) and changes nothing', async () => {
    const w = await makeWorld(app.ds);
    const r = await app.gql(
      MERGE,
      { input: { sourceIds: [w.C1a.id], targetId: w.C2.id, on: '2025-07-01' } },
      { token: w.users.ADMIN.token },
    );
    expect(r.errors![0].extensions.rule).toBe('MERGE_LEVEL');
    const [row] = await app.ds.query('SELECT status FROM organization WHERE id = $1', [w.C1a.id]);
    expect(row.status).toBe('ACTIVE');
  });

  it('rolls back every move when a later source fails', async () => {
    const w = await makeWorld(app.ds);
    const closed = await makeOrg(app.ds, w.D1, 'GRASSROOTS_COMMITTEE', { status: 'DISSOLVED' });
    const entries = await count('audit_entry');
    const r = await app.gql(
      MERGE,
      { input: { sourceIds: [w.C2.id, closed.id], targetId: w.C1.id, on: '2025-07-01' } },
      { token: w.users.ADMIN.token },
    );
    expect(r.errors![0].extensions.rule).toBe('ORGANIZATION_CLOSED');
    const [row] = await app.ds.query('SELECT status FROM organization WHERE id = $1', [w.C2.id]);
    expect(row.status).toBe('ACTIVE');
    expect(await count('audit_entry')).toBe(entries);
  });
});

describe('reading the tree', () => {
  it('finds names without case or diacritics, and pages with a stable cursor', async () => {
    const w = await makeWorld(app.ds);
    const tl = await makeOrg(app.ds, w.D1, 'GRASSROOTS_COMMITTEE', { code: uniq('TL'), name: 'Đảng bộ xã Thượng Lâm' });
    const token = w.users.DISTRICT_ADMIN.token;
    const q = `query($s: String, $w: ID, $after: String) { organizations(filter: { search: $s, withinId: $w }, first: 2, after: $after) {
      totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
    for (const s of ['thuong lam', 'THƯỢNG LÂM', 'dang bo xa thuong']) {
      const r = await app.gql(q, { s }, { token });
      expect(r.data!.organizations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([tl.id]);
    }
    const page1 = await app.gql(q, { w: w.D1.id }, { token });
    expect(page1.data!.organizations.totalCount).toBe(7); // D1, C1, C2, C1a, C1b, C2a, TL; nothing of D2
    const seen = new Set<string>();
    let after: string | null = null;
    do {
      const r: any = await app.gql(q, { w: w.D1.id, after }, { token });
      for (const e of r.data.organizations.edges) seen.add(e.node.id);
      after = r.data.organizations.pageInfo.hasNextPage ? r.data.organizations.pageInfo.endCursor : null;
    } while (after);
    expect(seen.size).toBe(7);
  });

  it('gives a commune user its own organisation as root, with no parent above it', async () => {
    const w = await makeWorld(app.ds);
    const r = await app.gql(
      `{ roots { id parent { id } ancestors { id } children { id } memberCount } }`,
      {},
      { token: w.users.COMMUNE_ADMIN.token },
    );
    expect(r.data!.roots).toEqual([
      { id: w.C1.id, parent: null, ancestors: [], children: expect.any(Array), memberCount: 0 },
    ]);
    expect(r.data!.roots[0].children).toHaveLength(2);
  });

  it('shows a user only the users of its subtree', async () => {
    const w = await makeWorld(app.ds);
    const other = await makeUser(app.ds, 'COMMUNE_ADMIN', w.C3);
    const r = await app.gql(`{ users(first: 200) { id } }`, {}, { token: w.users.DISTRICT_ADMIN.token });
    const ids = r.data!.users.map((u: { id: string }) => u.id);
    expect(ids).toContain(w.users.COMMUNE_ADMIN.id);
    expect(ids).not.toContain(other.id);
    expect(ids).not.toContain(w.users.ADMIN.id);
  });
});
