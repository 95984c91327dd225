import { expect, it } from 'vitest';
import { codeOf, makeUser, PASSWORD, startTestApp } from '../test/harness.js';
import { THROTTLE } from './throttle.js';

const app = await startTestApp();

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const BURST = 20;

it('a burst of concurrent wrong guesses: the lock lands at the fifth, no later guess is checked, and the lock is not overwritten', async () => {
  const { username } = await makeUser(app.ds, 'ADMIN', null);
  const answers = await Promise.all(
    Array.from({ length: BURST }, (_, i) => app.gql(LOGIN, { u: username, p: `wrong-${i}` })),
  );
  expect(answers.map(codeOf)).toEqual(Array(BURST).fill('UNAUTHENTICATED'));
  const retry = answers.map((a) => a.errors![0].extensions.retryAfterSeconds as number | undefined);
  // the first four are plain failures; the fifth sets the first lock and every later guess meets it
  expect(retry.filter((s) => s === undefined)).toHaveLength(THROTTLE.lockAfter - 1);
  for (const s of retry.filter((s) => s !== undefined)) expect(s).toBeLessThanOrEqual(THROTTLE.firstLockSeconds);
  const [row] = await app.ds.query('SELECT failures, locked_until FROM login_throttle WHERE username = $1', [username]);
  expect(row.failures).toBe(THROTTLE.lockAfter); // guesses refused by the lock were not counted (nor checked)
  // the right password is refused while locked, and more guesses leave the lock as it is
  const right = await app.gql(LOGIN, { u: username, p: PASSWORD });
  expect(right.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
  await Promise.all(Array.from({ length: 5 }, () => app.gql(LOGIN, { u: username, p: 'wrong' })));
  const [after] = await app.ds.query('SELECT failures, locked_until FROM login_throttle WHERE username = $1', [
    username,
  ]);
  expect(after).toEqual(row);
});

it('a lock that has passed: the next wrong guess locks for twice as long, the right password clears everything', async () => {
  const { username } = await makeUser(app.ds, 'ADMIN', null);
  for (let i = 0; i < THROTTLE.lockAfter; i++) await app.gql(LOGIN, { u: username, p: 'wrong' });
  await app.ds.query(`UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE username = $1`, [
    username,
  ]);
  const again = await app.gql(LOGIN, { u: username, p: 'wrong' });
  expect(again.errors![0].extensions.retryAfterSeconds).toBe(THROTTLE.firstLockSeconds * 2);
  await app.ds.query(`UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE username = $1`, [
    username,
  ]);
  expect(codeOf(await app.gql(LOGIN, { u: username, p: PASSWORD }))).toBe('OK');
  expect(await app.ds.query('SELECT 1 FROM login_throttle WHERE username = $1', [username])).toHaveLength(0);
});
