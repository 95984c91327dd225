import { describe, expect, it } from 'vitest';
import { makeWorld, startTestApp } from '../../test/harness.js';

const app = await startTestApp();

const RENAME = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version } }`;
const LOG = `query($f: AuditFilter) {
  auditLog(filter: $f, first: 50) { totalCount edges { node { action entityId user { id } } } }
}`;

describe('auditLog filters', () => {
  it('by user and by action, each alone and together, within the caller’s scope', async () => {
    const w = await makeWorld(app.ds);
    const district = w.users.DISTRICT_ADMIN;
    const commune = w.users.COMMUNE_ADMIN;
    const rename = (id: string, version: number, token: string) =>
      app.gql(RENAME, { input: { id, version, name: `Tên ${version}` } }, { token });
    expect((await rename(w.C1a.id, 1, district.token)).errors).toBeUndefined();
    expect((await rename(w.C1a.id, 2, commune.token)).errors).toBeUndefined();
    expect((await rename(w.C1b.id, 1, commune.token)).errors).toBeUndefined();
    const log = async (f: Record<string, string>) => {
      const r = await app.gql(LOG, { f: { entityType: 'Organization', ...f } }, { token: district.token });
      expect(r.errors).toBeUndefined();
      return r.data!.auditLog as { totalCount: number; edges: { node: { action: string; entityId: string } }[] };
    };
    const mine = (page: Awaited<ReturnType<typeof log>>) =>
      page.edges.map((e) => e.node.entityId).filter((id) => id === w.C1a.id || id === w.C1b.id);
    const byCommune = await log({ userId: commune.id, action: 'updateOrganization' });
    expect(byCommune.totalCount).toBe(2);
    expect(mine(byCommune).sort()).toEqual([w.C1a.id, w.C1b.id].sort());
    const byDistrict = await log({ userId: district.id });
    expect(byDistrict.edges.map((e) => [e.node.action, e.node.entityId])).toEqual([['updateOrganization', w.C1a.id]]);
    expect((await log({ userId: district.id, action: 'createOrganization' })).totalCount).toBe(0);
    expect((await log({ action: 'updateOrganization', entityId: w.C1a.id })).totalCount).toBe(2);
    // a user id that is not a uuid matches nothing (no scan, no error)
    expect((await log({ userId: 'nobody' })).totalCount).toBe(0);
  });
});
