import { describe, expect, it } from 'vitest';
import { checkParentKind } from '../features/organizations/organization.rules.js';
import { articlePlaces } from './articles.js';
import { drawMembers } from './lao-cai-members.js';
import type { DemoOrg } from './organizations.js';
import { SOP_COP } from './sop-cop.js';
import { NON_MEMBER_HEAD_CELLS } from './sop-cop-cadres.js';
import { TUAN_GIAO } from './tuan-giao.js';
import { VAN_KHANH } from './van-khanh.js';

const TODAY = '2026-11-26';
const places = articlePlaces(TODAY);

function walk(org: DemoOrg, parent: DemoOrg | null, out: { org: DemoOrg; parent: DemoOrg | null }[] = []) {
  out.push({ org, parent });
  for (const c of org.children ?? []) walk(c, org, out);
  return out;
}

describe('the places of seeds 002 to 004, pure', () => {
  it('follow the organisation rules: parent kinds, unique codes, cells of at least 3, grassroots cells under 30', () => {
    const all = places.flatMap((p) => walk(p.tree, null));
    for (const { org, parent } of all) expect(checkParentKind(org.kind, parent?.kind ?? null)).toBeNull();
    expect(new Set(all.map((o) => o.org.code)).size).toBe(all.length);
    const size = new Map(places.flatMap((p) => p.leaves.map((l) => [l.code, l.members])));
    for (const { org } of all) {
      if (org.kind === 'SUBORDINATE_CELL') expect(size.get(org.code)).toBeGreaterThanOrEqual(3);
      if (org.kind === 'GRASSROOTS_CELL') expect(size.get(org.code)).toBeLessThan(30);
      if (org.kind === 'GRASSROOTS_COMMITTEE') expect(org.children?.length).toBeGreaterThan(0);
    }
  });

  it('hold the figures of the articles, and the two bản of non-member heads are village cells', () => {
    const [tg, sc, vk] = places.map((p) => walk(p.tree, null).map((o) => o.org));
    const count = (orgs: DemoOrg[], kind: string, sector?: string) =>
      orgs.filter((o) => o.kind === kind && (!sector || o.sector === sector)).length;
    expect(count(tg, 'GRASSROOTS_COMMITTEE') + count(tg, 'GRASSROOTS_CELL')).toBe(TUAN_GIAO.grassroots);
    expect(count(tg, 'SUBORDINATE_CELL')).toBe(TUAN_GIAO.cells);
    expect(count(sc, 'GRASSROOTS_COMMITTEE')).toBe(SOP_COP.committees);
    expect(count(sc, 'GRASSROOTS_CELL')).toBe(SOP_COP.grassroots - SOP_COP.committees);
    expect(count(sc, 'SUBORDINATE_CELL')).toBe(SOP_COP.cells);
    expect(count(sc, 'SUBORDINATE_CELL', 'VILLAGE')).toBe(SOP_COP.villageCells);
    expect(count(vk, 'SUBORDINATE_CELL')).toBe(VAN_KHANH.cells);
    expect(count(vk, 'SUBORDINATE_CELL', 'VILLAGE')).toBe(VAN_KHANH.hamletCells);
    for (const code of NON_MEMBER_HEAD_CELLS) expect(sc.find((o) => o.code === code)?.sector).toBe('VILLAGE');
    const members = places.map((p) => p.leaves.reduce((s, l) => s + l.members, 0));
    expect(members).toEqual([TUAN_GIAO.members, SOP_COP.members, VAN_KHANH.members]);
  });

  it('draw the same members every time; the admissions of the term and of 2023 as the articles count them', () => {
    const rows = places.map((p) => [...drawMembers(p.leaves, TODAY, p.seed, p.firstCard, p.admitted)]);
    const again = drawMembers(places[1].leaves, TODAY, places[1].seed, places[1].firstCard, places[1].admitted);
    expect(Array.from({ length: 30 }, () => again.next().value)).toEqual(rows[1].slice(0, 30));
    const inTerm = rows[1].filter((m) => m.admittedOn >= '2020-10-01' && m.admittedOn <= '2025-09-30');
    expect(inTerm).toHaveLength(SOP_COP.admittedInTerm);
    const in2023 = (d: string | null) => d?.startsWith('2023-') ?? false;
    expect(rows[2].filter((m) => in2023(m.admittedOn))).toHaveLength(VAN_KHANH.admitted2023);
    expect(rows[2].filter((m) => in2023(m.officialOn))).toHaveLength(VAN_KHANH.recognised2023);
    const cards = rows.flat().flatMap((m) => (m.card ? [m.card] : []));
    expect(new Set(cards).size).toBe(cards.length);
  });
});
