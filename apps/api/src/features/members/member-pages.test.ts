import { describe, expect, it } from 'vitest';
import { type GqlResult, makeMember, makeWorld, startTestApp } from '../../test/harness.js';

const app = await startTestApp();

const Q = `query($f: MemberFilter, $o: MemberOrder, $first: Int, $after: String) {
  members(filter: $f, orderBy: $o, first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

describe('keyset pages on every offered order', () => {
  it.each(['FULL_NAME', 'ADMITTED_ON', 'DATE_OF_BIRTH', 'CARD_NUMBER'].flatMap((f) => [`${f} ASC`, `${f} DESC`]))(
    '%s: pages of 2 read every member once, in the order of one long page (ties broken by id)',
    async (order) => {
      const [field, direction] = order.split(' ');
      const w = await makeWorld(app.ds);
      // ties on every sort key, and members with no card number
      for (let i = 0; i < 9; i++)
        await makeMember(app.ds, i % 2 ? w.C1a : w.C2a, {
          fullName: `Trần Văn ${i % 3}`,
          admittedOn: `201${i % 3}-05-19`,
          dateOfBirth: `198${i % 2}-01-01`,
          cardNumber: i % 4 ? `${field}${direction}${i % 3}${i}` : null,
        });
      await makeMember(app.ds, w.C3a); // outside the district: never listed
      const vars = { f: {}, o: { field, direction } };
      const token = w.users.DISTRICT_ADMIN.token;
      const whole = await app.gql(Q, { ...vars, first: 200 }, { token });
      const all = whole.data!.members.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(all).toHaveLength(9);
      const paged: string[] = [];
      let after: string | null = null;
      do {
        const r: GqlResult = await app.gql(Q, { ...vars, first: 2, after }, { token });
        expect(r.errors).toBeUndefined();
        paged.push(...r.data!.members.edges.map((e: { node: { id: string } }) => e.node.id));
        after = r.data!.members.pageInfo.hasNextPage ? r.data!.members.pageInfo.endCursor : null;
      } while (after);
      expect(paged).toEqual(all);
    },
  );
});
