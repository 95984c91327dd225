import type { OrganizationKind, OrganizationSector } from '@dangvu/schema';
import type { EntityManager } from 'typeorm';
import { createOrganization } from '../features/organizations/organization.service.js';
import {
  endOrganization,
  mergeOrganizations,
  moveOrganizations,
} from '../features/organizations/organization-reform.service.js';
import { updateUser } from '../features/users/user.service.js';
import type { Context } from '../graphql/context.js';

/** The day the two-level model took effect (Hướng dẫn 31-HD/BTCTW, 2025). */
export const REFORM_ON = '2025-07-01';
const DECISION = '2186-QĐ/TU';

/** Codes of the organisations the reform creates, for the seed and its tests. */
export const NA_HANG_COMMUNE = 'TQ-NAH';
/** The grassroots cell of xã Na Hang that took over Tổ dân phố 1 of the former township. */
export const NA_HANG_FIRST_CELL = 'TQ-NAH-01';

/**
 * New grassroots cells of xã Na Hang (a commune given the powers of the level
 * above grassroots): each takes over the cells of the former township and of
 * xã Năng Khả listed beside it, or the district's agency cell.
 */
const NA_HANG_CELLS: [code: string, name: string, sector: OrganizationSector, from: string[]][] = [
  [NA_HANG_FIRST_CELL, 'Chi bộ Tổ dân phố 1', 'RESIDENTIAL_GROUP', ['NH-NH-01']],
  ['TQ-NAH-02', 'Chi bộ Tổ dân phố 2', 'RESIDENTIAL_GROUP', ['NH-NH-02']],
  ['TQ-NAH-03', 'Chi bộ Tổ dân phố 3', 'RESIDENTIAL_GROUP', ['NH-NH-03']],
  ['TQ-NAH-04', 'Chi bộ Tổ dân phố 4', 'RESIDENTIAL_GROUP', ['NH-NH-04']],
  ['TQ-NAH-05', 'Chi bộ Thôn Nà Khà - Khuổi Phầy', 'VILLAGE', ['NH-NK-01', 'NH-NK-02']],
  ['TQ-NAH-06', 'Chi bộ Thôn Nà Lá', 'VILLAGE', ['NH-NK-03']],
  ['TQ-NAH-CQ', 'Chi bộ Cơ quan Đảng ủy xã Na Hang', 'AGENCY', ['NH-CQ-HU']],
];

export function systemContext(m: EntityManager, adminId: string): Context {
  return {
    user: { id: adminId, username: 'seed', role: 'ADMIN', scopeId: null, scopePath: null, sessionId: '' },
    lang: 'vi',
    ds: m.connection,
    tx: m,
    token: null,
    loaders: new Map(),
  };
}

/**
 * The 2025 reform of Huyện Na Hang, dated 1 July 2025, run through the
 * API's own operations (each audited, each leaving its events):
 *
 * - xã Na Hang, a COMMUNE_LEVEL_COMMITTEE under the province, from the
 *   township and xã Năng Khả: their cells merged into new grassroots cells
 *   under it (members follow), then the two communes merged into it;
 * - xã Thanh Tương, a GRASSROOTS_COMMITTEE: xã Sơn Phú merged into it (its
 *   cells move under it), then moved under the province with its cells and
 *   members;
 * - the district committee ENDED, its account re-bound to xã Na Hang.
 *
 * Inside the seed's transaction; any refusal aborts the whole seed.
 */
export async function reformNaHang(m: EntityManager, ids: Map<string, string>, adminId: string): Promise<void> {
  const ctx = systemContext(m, adminId);
  const id = (code: string) => {
    const found = ids.get(code);
    if (!found) throw new Error(`demo: no organisation ${code}`);
    return found;
  };
  const create = async (
    parent: string,
    code: string,
    name: string,
    kind: OrganizationKind,
    sector: OrganizationSector,
  ) => {
    const org = await createOrganization(ctx, {
      parentId: id(parent),
      code,
      name,
      kind,
      sector,
      establishedOn: REFORM_ON,
      decisionNumber: DECISION,
    });
    ids.set(code, org.id);
  };
  const merge = (sources: string[], target: string) =>
    mergeOrganizations(ctx, {
      sourceIds: sources.map(id),
      targetId: id(target),
      on: REFORM_ON,
      decisionNumber: DECISION,
    });

  await create('TQ', NA_HANG_COMMUNE, 'Đảng bộ xã Na Hang', 'COMMUNE_LEVEL_COMMITTEE', 'COMMUNE');
  for (const [code, name, sector, from] of NA_HANG_CELLS) {
    await create(NA_HANG_COMMUNE, code, name, 'GRASSROOTS_CELL', sector);
    await merge(from, code);
  }
  await merge(['NH-NH', 'NH-NK'], NA_HANG_COMMUNE);

  await merge(['NH-SN'], 'NH-TH');
  await moveOrganizations(ctx, { ids: [id('NH-TH')], newParentId: id('TQ'), on: REFORM_ON, decisionNumber: DECISION });

  const [district] = await m.query('SELECT version FROM organization WHERE id = $1', [id('NH')]);
  await endOrganization(ctx, { id: id('NH'), version: district.version, on: REFORM_ON, decisionNumber: DECISION });

  const [account] = await m.query(`SELECT id, version FROM app_user WHERE username = 'nahang.tochuc'`);
  if (account)
    await updateUser(ctx, {
      id: account.id,
      version: account.version,
      displayName: 'Ban Tổ chức Đảng ủy xã Na Hang',
      scopeId: id(NA_HANG_COMMUNE),
    });
  await rehomeLateAdmissions(m);
}

/**
 * The generated members of Na Hang admitted after the reform were placed in
 * the cells as they stood before it; they were admitted into the new cells:
 * their admission names the cell they are in, and the merge that carried
 * them there is not part of their history.
 */
async function rehomeLateAdmissions(m: EntityManager) {
  await m.query(
    `WITH late AS (
       SELECT e.member_id FROM member_event e JOIN member mb ON mb.id = e.member_id
        WHERE e.kind = 'MOVED' AND e."on" = $1 AND mb.admitted_on > $1),
     gone AS (DELETE FROM member_event e USING late WHERE e.member_id = late.member_id AND e.kind = 'MOVED' AND e."on" = $1)
     UPDATE member_event e SET to_organization_id = mb.organization_id
       FROM late JOIN member mb ON mb.id = late.member_id
      WHERE e.member_id = late.member_id AND e.kind = 'ADMITTED'`,
    [REFORM_ON],
  );
}
