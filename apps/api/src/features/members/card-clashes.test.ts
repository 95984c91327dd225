import { describe, expect, it } from 'vitest';
import { codeOf, makeMember, makeUser, makeWorld, startTestApp, uniq, type World } from '../../test/harness.js';
import { CARD_CLASHES } from './member.cards.js';

const app = await startTestApp();

const UPDATE = `mutation($i: UpdateMemberInput!) { updateMember(input: $i) { id cardNumber } }`;
const REGISTER = `mutation($i: RegisterMemberInput!) { registerMember(input: $i) { id } }`;

/** A world with a member of the commune admin's cell to edit, a holder in scope (C1b) and one outside (C2a). */
async function setup() {
  const w = await makeWorld(app.ds);
  const mine = await makeMember(app.ds, w.C1a, { cardNumber: uniq('M') });
  const inside = { card: uniq('I'), ...(await makeMember(app.ds, w.C1b, { fullName: 'Người Trong Xã' })) };
  const outside = { card: uniq('O'), ...(await makeMember(app.ds, w.C2a, { fullName: 'Người Xã Bên' })) };
  await app.ds.query('UPDATE member SET card_number = $2 WHERE id = $1', [inside.id, inside.card]);
  await app.ds.query('UPDATE member SET card_number = $2 WHERE id = $1', [outside.id, outside.card]);
  return { w, mine, inside, outside };
}

const setCard = (w: World, id: string, cardNumber: string, token = w.users.COMMUNE_ADMIN.token) =>
  app.gql(UPDATE, { i: { id, version: 1, cardNumber } }, { token, lang: 'en' });

const clashes = (userId: string) =>
  app.ds.query(
    `SELECT changes -> 'cardNumber' ->> 'to' AS card, (changes -> 'holderInScope' ->> 'to')::boolean AS inside,
            changes -> 'operation' ->> 'to' AS operation, entity_type, scope_path
       FROM audit_entry WHERE action = 'cardNumberClash' AND user_id = $1 ORDER BY at`,
    [userId],
  ) as Promise<{ card: string; inside: boolean; operation: string; entity_type: string; scope_path: string }[]>;

describe('card-number clashes (ADR 0005)', () => {
  it('answer the same CONFLICT for a holder in or out of scope, naming no holder, and change nothing', async () => {
    const { w, mine, inside, outside } = await setup();
    const a = await setCard(w, mine.id, inside.card);
    const b = await setCard(w, mine.id, outside.card);
    expect(codeOf(a)).toBe('CONFLICT');
    expect(codeOf(b)).toBe('CONFLICT');
    const shape = (r: typeof a, card: string) => JSON.stringify(r.errors).replaceAll(card, 'CARD');
    expect(shape(b, outside.card)).toBe(shape(a, inside.card));
    expect(b.errors![0].extensions.fields).toEqual([{ path: ['input', 'cardNumber'], message: expect.any(String) }]);
    for (const secret of ['Người Xã Bên', outside.id, w.C2a.id, w.C2a.code])
      expect(JSON.stringify(b)).not.toContain(secret);
    const [row] = await app.ds.query('SELECT card_number, version FROM member WHERE id = $1', [mine.id]);
    expect(row.version).toBe(1);
  });

  it('are audited after the rollback: who, when, the card, in or out of scope', async () => {
    const { w, mine, inside, outside } = await setup();
    await setCard(w, mine.id, inside.card);
    await setCard(w, mine.id, outside.card);
    const r = await app.gql(
      REGISTER,
      {
        i: {
          organizationId: w.C1a.id,
          status: 'OFFICIAL',
          admittedOn: '2010-01-01',
          person: {
            fullName: 'Người Mới',
            gender: 'MALE',
            dateOfBirth: '1980-01-01',
            ethnicity: 'Kinh',
            cardNumber: outside.card,
          },
        },
      },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    expect(codeOf(r)).toBe('CONFLICT');
    expect(await clashes(w.users.COMMUNE_ADMIN.id)).toEqual([
      { card: inside.card, inside: true, operation: 'updateMember', entity_type: 'User', scope_path: w.C1.path },
      { card: outside.card, inside: false, operation: 'updateMember', entity_type: 'User', scope_path: w.C1.path },
      { card: outside.card, inside: false, operation: 'registerMember', entity_type: 'User', scope_path: w.C1.path },
    ]);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM member WHERE full_name = 'Người Mới'`);
    expect(n).toBe(0);
  });

  it(`throttle a user after ${CARD_CLASHES.limit} clashes outside the scope: TOO_MANY_REQUESTS with retryAfterSeconds, even for a free number`, async () => {
    const { w, mine, inside, outside } = await setup();
    for (let i = 0; i < CARD_CLASHES.limit + 2; i++)
      expect(codeOf(await setCard(w, mine.id, inside.card))).toBe('CONFLICT');
    for (let i = 0; i < CARD_CLASHES.limit; i++)
      expect(codeOf(await setCard(w, mine.id, outside.card))).toBe('CONFLICT');
    const stopped = await setCard(w, mine.id, outside.card);
    expect(codeOf(stopped)).toBe('TOO_MANY_REQUESTS');
    const retry = stopped.errors![0].extensions.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(CARD_CLASHES.windowSeconds - 60);
    expect(retry).toBeLessThanOrEqual(CARD_CLASHES.windowSeconds);
    expect(codeOf(await setCard(w, mine.id, uniq('F')))).toBe('TOO_MANY_REQUESTS');
    // another user is not affected, and edits without a card number still work
    const other = await makeUser(app.ds, 'COMMUNE_ADMIN', w.C1);
    expect(codeOf(await setCard(w, mine.id, uniq('F'), other.token))).toBe('OK');
  });

  it('count clashes stored in PostgreSQL (another process’s), and a burst cannot outrun the limit', async () => {
    const { w, mine, outside } = await setup();
    const user = w.users.COMMUNE_ADMIN;
    // as another API process would have recorded them
    for (let i = 0; i < CARD_CLASHES.limit; i++)
      await app.ds.query(
        `INSERT INTO audit_entry (user_id, action, entity_type, entity_id, changes)
         VALUES ($1, 'cardNumberClash', 'User', $1, '{"holderInScope": {"from": null, "to": false}}')`,
        [user.id],
      );
    expect(codeOf(await setCard(w, mine.id, uniq('F')))).toBe('TOO_MANY_REQUESTS');
    const fresh = await makeUser(app.ds, 'COMMUNE_ADMIN', w.C1);
    const burst = await Promise.all(
      Array.from({ length: 12 }, () => setCard(w, mine.id, outside.card, fresh.token)).map(async (r) =>
        codeOf(await r),
      ),
    );
    expect(burst.filter((c) => c === 'CONFLICT').length).toBeLessThanOrEqual(CARD_CLASHES.limit);
    expect(burst.filter((c) => c !== 'CONFLICT').every((c) => c === 'TOO_MANY_REQUESTS')).toBe(true);
    expect((await clashes(fresh.id)).length).toBeGreaterThanOrEqual(CARD_CLASHES.limit);
  });
});

const HEAD = 'Họ và tên,Giới tính,Ngày sinh,Dân tộc,Ngày vào Đảng,Số thẻ đảng viên';
const csvOf = (cards: string[], name = 'Người Nhập') =>
  [HEAD, ...cards.map((c, i) => `${name} ${i},Nam,01/01/1980,Kinh,01/01/2005,${c}`)].join('\n');

async function importCsv(w: World, cellId: string, body: string, token = w.users.COMMUNE_ADMIN.token) {
  const res = await fetch(`${app.url}/import/members?organizationId=${cellId}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'accept-language': 'en' },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('card-number clashes in an import', () => {
  it('list the rows alike for holders in and out of scope, audit each, and count toward the throttle', async () => {
    const { w, inside, outside } = await setup();
    const r = await importCsv(w, w.C1a.id, csvOf([uniq('F'), inside.card, outside.card]));
    expect(r.status).toBe(422);
    expect(r.body).toEqual({
      imported: 0,
      errors: [
        { row: 3, field: 'cardNumber', message: `Card number ${inside.card} is already in use.` },
        { row: 4, field: 'cardNumber', message: `Card number ${outside.card} is already in use.` },
      ],
    });
    expect((await clashes(w.users.COMMUNE_ADMIN.id)).map((c) => [c.card, c.inside, c.operation])).toEqual([
      [inside.card, true, 'importMembers'],
      [outside.card, false, 'importMembers'],
    ]);
    // a file probing more holders outside the scope than the limit allows is answered 429, not row by row
    const probes = [];
    for (let i = 0; i < CARD_CLASHES.limit; i++) {
      const holder = await makeMember(app.ds, w.C3a, { cardNumber: uniq('P') });
      probes.push((await app.ds.query('SELECT card_number FROM member WHERE id = $1', [holder.id]))[0].card_number);
    }
    const probe = await importCsv(w, w.C1a.id, csvOf(probes));
    expect(probe.status).toBe(429);
    expect(probe.body.errors).toEqual([
      { message: expect.any(String), extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) } },
    ]);
    expect(JSON.stringify(probe.body)).not.toContain(probes[0]);
  });

  it('two concurrent imports into different cells with the same card numbers: one saves, the other lists the rows (never 500)', async () => {
    const w = await makeWorld(app.ds);
    for (let round = 0; round < 3; round++) {
      const cards = Array.from({ length: 60 }, () => uniq('K'));
      const [a, b] = await Promise.all([
        importCsv(w, w.C1a.id, csvOf(cards, 'Người A')),
        importCsv(w, w.C1b.id, csvOf(cards, 'Người B')),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 422]);
      const refused = a.status === 422 ? a : b;
      expect(refused.body.imported).toBe(0);
      const errors = refused.body.errors as { row: number; field: string; message: string }[];
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((e) => e.field === 'cardNumber' && e.message.includes('already in use'))).toBe(true);
      const [{ n }] = await app.ds.query('SELECT count(*)::int AS n FROM member WHERE card_number = ANY($1::text[])', [
        cards,
      ]);
      expect(n).toBe(cards.length);
    }
  });
});
