import { describe, expect, it } from 'vitest';
import { ensureAdmin } from '../db/bootstrap.js';
import { startTestApp } from '../test/harness.js';
import { SECRETARY_ALSO_CHAIR } from './lam-binh-cadres.js';
import { DEMO_PASSWORD } from './organizations.js';
import { seedDemo } from './seed.js';

const app = await startTestApp();
await ensureAdmin(app.ds, 'admin', 'admin12345');
await seedDemo(app.ds);

describe("seed 000: Lâm Bình's commune leadership through the API", () => {
  it('10/10 secretaries not local, 6 chairs not local, 1 commune whose secretary is also chair', async () => {
    const login = await app.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, {
      u: 'lambinh.tochuc',
      p: DEMO_PASSWORD,
    });
    const token = login.data!.login.token as string;
    const r = await app.gql(
      `{ roots { id children { code placements { position local concurrent cadre { member { status } } } } } }`,
      {},
      { token },
    );
    const lb = r.data!.roots[0];
    const ind = await app.gql(
      `query($w: ID!) { cadreIndicators(withinId: $w) { grassrootsOrganizations secretariesPlaced nonLocalSecretaries secretaryAlsoChair } }`,
      { w: lb.id },
      { token },
    );
    expect(ind.data!.cadreIndicators).toEqual({
      grassrootsOrganizations: 27,
      secretariesPlaced: 10,
      nonLocalSecretaries: 10,
      secretaryAlsoChair: 1,
    });
    type P = { position: string; local: boolean; concurrent: boolean; cadre: { member: { status: string } } };
    const all: (P & { code: string })[] = lb.children.flatMap((c: { code: string; placements: P[] }) =>
      c.placements.map((p) => ({ ...p, code: c.code })),
    );
    const chairs = all.filter((p) => p.position === 'PEOPLES_COMMITTEE_CHAIR');
    expect(chairs).toHaveLength(8);
    expect(chairs.filter((p) => !p.local)).toHaveLength(6);
    expect(all.filter((p) => p.concurrent).map((p) => p.code)).toEqual([SECRETARY_ALSO_CHAIR, SECRETARY_ALSO_CHAIR]);
    expect(all.every((p) => p.cadre.member.status === 'OFFICIAL')).toBe(true);
  });
});
