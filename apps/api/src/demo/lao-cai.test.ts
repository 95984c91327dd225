import { describe, expect, it } from 'vitest';
import { checkParentKind } from '../features/organizations/organization.rules.js';
import { LAO_CAI, laoCaiPlan } from './lao-cai.js';
import { laoCaiMembers } from './lao-cai-members.js';
import { surnamesOf } from './names.js';
import type { DemoOrg } from './organizations.js';

const plan = laoCaiPlan();
const orgs: { org: DemoOrg; parent: DemoOrg | null }[] = [];
const walk = (org: DemoOrg, parent: DemoOrg | null) => {
  orgs.push({ org, parent });
  for (const c of org.children ?? []) walk(c, org);
};
walk(plan.tree, null);
const members = [...laoCaiMembers(plan.leaves, '2026-01-15')];

describe('the Lào Cai plan (seed 001), pure', () => {
  it('follows the organisation rules: parent kinds, unique codes, cells of at least 3, chi bộ cơ sở under 30', () => {
    for (const { org, parent } of orgs) expect(checkParentKind(org.kind, parent?.kind ?? null)).toBeNull();
    expect(new Set(orgs.map((o) => o.org.code)).size).toBe(orgs.length);
    const size = new Map(plan.leaves.map((l) => [l.code, l.members]));
    for (const { org } of orgs) {
      if (org.kind === 'SUBORDINATE_CELL') expect(size.get(org.code)).toBeGreaterThanOrEqual(3);
      if (org.kind === 'GRASSROOTS_CELL') expect(size.get(org.code)).toBeLessThan(30);
    }
    expect(orgs.filter((o) => o.org.kind.startsWith('GRASSROOTS'))).toHaveLength(LAO_CAI.grassroots);
    expect(plan.tree.children).toHaveLength(LAO_CAI.committees);
  });

  it('draws the same members every time; cards unique and only for official members; surnames of their group', () => {
    expect(members).toHaveLength(LAO_CAI.members);
    const again = laoCaiMembers(plan.leaves, '2026-01-15');
    expect(Array.from({ length: 50 }, () => again.next().value)).toEqual(members.slice(0, 50));
    const cards = members.filter((m) => m.card !== null).map((m) => m.card);
    expect(new Set(cards).size).toBe(cards.length);
    expect(cards.length).toBe(members.filter((m) => m.status === 'OFFICIAL').length);
    const odd = members.filter(
      (m) => (m.officialOn === null) !== (m.status === 'PROBATIONARY') || m.admittedOn <= m.dob,
    );
    expect(odd).toEqual([]);
    // the groups Lào Cai's places name (names.ts also names Tuyên Quang's Pà Thẻn and Cao Lan)
    const minorities = [...new Set(plan.leaves.flatMap((l) => l.mix.map(([g]) => g)))].filter((g) => g !== 'Kinh');
    expect(minorities.length).toBeGreaterThan(6);
    for (const g of minorities) {
      const names = members.filter((m) => m.ethnicity === g).map((m) => m.name.split(' ')[0]);
      expect(names.length).toBeGreaterThan(0);
      for (const s of new Set(names)) expect(surnamesOf(g)).toContain(s);
    }
  });
});
