import type { Permission, Role } from '@dangvu/schema';
import { codeOf, type GqlResult, type OrgRow, type TestApp } from './harness.js';

/**
 * The ratings' rows of the access matrix (access-matrix.test.ts): the
 * summary of the target grassroots organisation, a member's ratings, and
 * rating a member, a cell and the grassroots organisation itself (which
 * only the level above rates).
 */

type Side = 'inside' | 'outside';
type Outcome = 'OK' | 'VISIBLE' | 'HIDDEN' | 'NOT_FOUND' | 'FORBIDDEN' | 'RULE_VIOLATION';

export interface RatingTargets {
  grassroots: OrgRow;
  cell: OrgRow;
  memberId: string;
}

export interface RatingOperation {
  name: string;
  permission: Permission;
  kind: 'read' | 'write';
  run(t: RatingTargets, token: string): Promise<Outcome | string>;
  expect?(role: Role, side: Side): Outcome;
}

const RATE = `mutation($i: RateInput!) { rate(input: $i) { id } }`;

export function ratingOperations(app: TestApp): RatingOperation[] {
  const rate = async (token: string, subject: Record<string, string>) =>
    codeOf(await app.gql(RATE, { i: { year: 2024, grade: 'GOOD', ...subject } }, { token }));
  return [
    {
      name: 'ratingSummary (withinId)',
      permission: 'rating:read',
      kind: 'write', // a subtree outside scope answers NOT_FOUND, like a write
      run: async (t, token) =>
        codeOf(
          await app.gql(
            `query($w: ID!) { ratingSummary(withinId: $w, year: 2024) { members { total } } }`,
            { w: t.grassroots.id },
            { token },
          ),
        ),
    },
    {
      name: 'Member.ratings',
      permission: 'member:read',
      kind: 'read',
      run: async (t, token) => {
        await app.ds.query(
          `INSERT INTO rating (year, grade, member_id, org_path) VALUES (2023, 'GOOD', $1, '') ON CONFLICT DO NOTHING`,
          [t.memberId],
        );
        const r: GqlResult = await app.gql(
          `query($id: ID!) { member(id: $id) { ratings { grade } } }`,
          { id: t.memberId },
          { token },
        );
        return r.errors ? codeOf(r) : r.data!.member?.ratings.length === 1 ? 'VISIBLE' : 'HIDDEN';
      },
    },
    {
      name: 'rate (a member)',
      permission: 'rating:write',
      kind: 'write',
      run: (t, token) => rate(token, { memberId: t.memberId }),
    },
    {
      name: 'rate (a subordinate cell)',
      permission: 'rating:write',
      kind: 'write',
      run: (t, token) => rate(token, { organizationId: t.cell.id }),
    },
    {
      name: 'rate (the grassroots organisation: the level above)',
      permission: 'rating:write',
      kind: 'write',
      run: (t, token) => rate(token, { organizationId: t.grassroots.id }),
      expect: (role, side) => {
        if (side === 'outside' && role !== 'ADMIN') return 'NOT_FOUND';
        return role === 'COMMUNE_ADMIN' ? 'FORBIDDEN' : 'OK';
      },
    },
  ];
}
