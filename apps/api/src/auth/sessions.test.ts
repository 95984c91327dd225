import { describe, expect, it } from 'vitest';
import { codeOf, makeUser, makeWorld, PASSWORD, startTestApp } from '../test/harness.js';
import { THROTTLE } from './throttle.js';

const app = await startTestApp();

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { id username role scope { id } } } }`;
const ME = `{ me { id username } }`;

describe('login', () => {
  it('answers a token that opens the API, with the user and its scope', async () => {
    const w = await makeWorld(app.ds);
    const u = w.users.COMMUNE_ADMIN;
    const r = await app.gql(LOGIN, { u: u.username.toUpperCase(), p: PASSWORD });
    expect(r.data!.login.user).toEqual({
      id: u.id,
      username: u.username,
      role: 'COMMUNE_ADMIN',
      scope: { id: w.C1.id },
    });
    expect(new Date(r.data!.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await app.gql(ME, {}, { token: r.data!.login.token });
    expect(me.data!.me.id).toBe(u.id);
    const [row] = await app.ds.query(
      'SELECT token_hash FROM session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1',
      [u.id],
    );
    expect(row.token_hash).not.toContain(r.data!.login.token); // stored hashed
    const [entry] = await app.ds.query(`SELECT * FROM audit_entry WHERE action = 'login' AND entity_id = $1`, [u.id]);
    expect(entry.user_id).toBe(u.id);
  });

  it('fails alike for an unknown user name, a wrong password and an inactive account', async () => {
    const w = await makeWorld(app.ds);
    const inactive = await makeUser(app.ds, 'COMMUNE_ADMIN', w.C1);
    await app.ds.query('UPDATE app_user SET active = false WHERE id = $1', [inactive.id]);
    const answers = [
      await app.gql(LOGIN, { u: 'no-such-user-x', p: PASSWORD }),
      await app.gql(LOGIN, { u: w.users.COMMUNE_ADMIN.username, p: 'wrong-password' }),
      await app.gql(LOGIN, { u: inactive.username, p: PASSWORD }),
    ];
    for (const a of answers) {
      expect(a.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(a.errors![0].message).toBe(answers[0].errors![0].message);
    }
  });

  it('slows repeated failures for a user name down, then refuses it for a while with retryAfterSeconds', async () => {
    const w = await makeWorld(app.ds);
    const name = w.users.DISTRICT_ADMIN.username;
    const times: number[] = [];
    for (let i = 1; i < THROTTLE.lockAfter; i++) {
      const t0 = Date.now();
      expect(codeOf(await app.gql(LOGIN, { u: name, p: 'wrong' }))).toBe('UNAUTHENTICATED');
      times.push(Date.now() - t0);
    }
    expect(times.at(-1)! - times[0]).toBeGreaterThanOrEqual(THROTTLE.delayStepMs); // slowed down
    const locked = await app.gql(LOGIN, { u: name, p: 'wrong' });
    expect(locked.errors![0].extensions.retryAfterSeconds).toBe(THROTTLE.firstLockSeconds);
    // even the right password is refused while locked
    const right = await app.gql(LOGIN, { u: name, p: PASSWORD });
    expect(right.errors![0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      retryAfterSeconds: expect.any(Number),
    });
    // once the lock has passed, the right password works and clears the count
    await app.ds.query(`UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE username = $1`, [
      name,
    ]);
    expect(codeOf(await app.gql(LOGIN, { u: name, p: PASSWORD }))).toBe('OK');
    expect(await app.ds.query('SELECT 1 FROM login_throttle WHERE username = $1', [name])).toHaveLength(0);
  });
});

describe('revocation', () => {
  it('logout revokes the token at once', async () => {
    const w = await makeWorld(app.ds);
    const token = w.users.COMMUNE_INSPECTOR.token;
    expect((await app.gql(`mutation { logout }`, {}, { token })).data!.logout).toBe(true);
    expect((await app.gql(ME, {}, { token })).data!.me).toBeNull();
    expect(codeOf(await app.gql(`{ roots { id } }`, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('deactivating a user or resetting its password revokes its sessions', async () => {
    const w = await makeWorld(app.ds);
    const a = await makeUser(app.ds, 'COMMUNE_ADMIN', w.C1);
    const b = await makeUser(app.ds, 'COMMUNE_ADMIN', w.C1);
    const admin = w.users.DISTRICT_ADMIN.token;
    const off = await app.gql(
      `mutation($i: UpdateUserInput!) { updateUser(input: $i) { active version } }`,
      { i: { id: a.id, version: 1, active: false } },
      { token: admin },
    );
    expect(off.data!.updateUser).toEqual({ active: false, version: 2 });
    expect(codeOf(await app.gql(`{ roots { id } }`, {}, { token: a.token }))).toBe('UNAUTHENTICATED');
    const reset = await app.gql(
      `mutation($id: ID!) { resetPassword(userId: $id, newPassword: "new-password-123") }`,
      { id: b.id },
      { token: admin },
    );
    expect(reset.data!.resetPassword).toBe(true);
    expect(codeOf(await app.gql(`{ roots { id } }`, {}, { token: b.token }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(LOGIN, { u: b.username, p: 'new-password-123' }))).toBe('OK');
  });

  it('changePassword checks the current password, keeps this session and ends the others', async () => {
    const w = await makeWorld(app.ds);
    const u = w.users.COMMUNE_ADMIN;
    const other = (await app.gql(LOGIN, { u: u.username, p: PASSWORD })).data!.login.token;
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
    const wrong = await app.gql(CHANGE, { c: 'not-it', n: 'another-pass-1' }, { token: u.token });
    expect(wrong.errors![0].extensions.fields).toEqual([{ path: ['currentPassword'], message: expect.any(String) }]);
    const short = await app.gql(CHANGE, { c: PASSWORD, n: 'short' }, { token: u.token });
    expect(short.errors![0].extensions.fields[0].path).toEqual(['newPassword']);
    expect((await app.gql(CHANGE, { c: PASSWORD, n: 'another-pass-1' }, { token: u.token })).data!.changePassword).toBe(
      true,
    );
    expect((await app.gql(ME, {}, { token: u.token })).data!.me.id).toBe(u.id);
    expect((await app.gql(ME, {}, { token: other })).data!.me).toBeNull();
    const [entry] = await app.ds.query(
      `SELECT changes FROM audit_entry WHERE action = 'changePassword' AND entity_id = $1`,
      [u.id],
    );
    expect(JSON.stringify(entry.changes)).not.toContain('another-pass-1');
  });
});

describe('managing users', () => {
  const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { id username role scope { id } active version } }`;

  it('a DISTRICT_ADMIN creates commune users of its subtree only', async () => {
    const w = await makeWorld(app.ds);
    const t = w.users.DISTRICT_ADMIN.token;
    const base = { displayName: 'Văn phòng Đảng ủy', password: 'mat-khau-dai-1' };
    const ok = await app.gql(
      CREATE,
      { i: { ...base, username: `vp-${w.C2.code}`.toLowerCase(), role: 'COMMUNE_ADMIN', scopeId: w.C2.id } },
      { token: t },
    );
    expect(ok.data!.createUser).toMatchObject({
      role: 'COMMUNE_ADMIN',
      scope: { id: w.C2.id },
      active: true,
      version: 1,
    });
    const districtRole = await app.gql(
      CREATE,
      { i: { ...base, username: 'x-district', role: 'DISTRICT_INSPECTOR', scopeId: w.D1.id } },
      { token: t },
    );
    expect(codeOf(districtRole)).toBe('FORBIDDEN');
    const outside = await app.gql(
      CREATE,
      { i: { ...base, username: 'x-outside', role: 'COMMUNE_ADMIN', scopeId: w.C3.id } },
      { token: t },
    );
    expect(codeOf(outside)).toBe('NOT_FOUND');
  });

  it('binds each role to the right kind of organisation and validates every field', async () => {
    const w = await makeWorld(app.ds);
    const t = w.users.ADMIN.token;
    const bad = await app.gql(
      CREATE,
      { i: { username: 'A B', displayName: '', password: 'short', role: 'COMMUNE_ADMIN', scopeId: w.D1.id } },
      { token: t },
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.fields.map((f: { path: string[] }) => f.path.at(-1)).sort()).toEqual([
      'displayName',
      'password',
      'scopeId',
      'username',
    ]);
    const provincial = await app.gql(
      CREATE,
      {
        i: {
          username: `tinh-${w.P.code}`.toLowerCase(),
          displayName: 'Ban Tổ chức Tỉnh ủy',
          password: 'mat-khau-dai-1',
          role: 'DISTRICT_ADMIN',
          scopeId: w.P.id,
        },
      },
      { token: t },
    );
    expect(codeOf(provincial)).toBe('OK'); // the two-level model of 2025
    const dup = await app.gql(
      CREATE,
      {
        i: {
          username: w.users.COMMUNE_ADMIN.username,
          displayName: 'X',
          password: 'mat-khau-dai-1',
          role: 'COMMUNE_ADMIN',
          scopeId: w.C1.id,
        },
      },
      { token: t },
    );
    expect(codeOf(dup)).toBe('CONFLICT');
  });

  it('refuses a stale version and self-deactivation', async () => {
    const w = await makeWorld(app.ds);
    const UPDATE = `mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }`;
    const stale = await app.gql(
      UPDATE,
      { i: { id: w.users.COMMUNE_ADMIN.id, version: 7, displayName: 'X' } },
      { token: w.users.ADMIN.token },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const self = await app.gql(
      UPDATE,
      { i: { id: w.users.ADMIN.id, version: 1, active: false } },
      { token: w.users.ADMIN.token },
    );
    expect(codeOf(self)).toBe('BAD_USER_INPUT');
  });
});
