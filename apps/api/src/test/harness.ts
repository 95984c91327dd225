import 'reflect-metadata';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { OrganizationKind, OrganizationSector, Role } from '@dangvu/schema';
import { foldSearch } from '@dangvu/schema';
import type { DataSource } from 'typeorm';
import { afterAll, inject } from 'vitest';
import { hashPassword } from '../auth/password.js';
import { setTokenSecret } from '../auth/session.service.js';
import { ensureDatabase } from '../db/bootstrap.js';
import { createDataSource } from '../db/data-source.js';
import { type RunningApp, startApp } from '../http/server.js';

export const TEST_SECRET = 'test-token-secret';
export const PASSWORD = 'correct-horse-42';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: Record<string, any> }[];
  status: number;
}

export interface TestApp {
  url: string;
  ds: DataSource;
  /** SQL statements run since the last reset, when counting. */
  statements: string[];
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { token?: string; lang?: string },
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/**
 * Starts the real HTTP server on its own copy of the migrated database (one
 * per test file) and closes both after the file.
 */
export async function startTestApp(): Promise<TestApp> {
  const server = inject('pgServerUrl');
  const name = `${inject('pgTemplate')}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(`${server}/postgres`, name, inject('pgTemplate'));
  const statements: string[] = [];
  const ds = createDataSource(`${server}/${name}`, { poolSize: 10, logger: (sql) => statements.push(sql) });
  await ds.initialize();
  setTokenSecret(TEST_SECRET);
  const running: RunningApp = await startApp({
    ds,
    port: 0,
    host: '127.0.0.1',
    log: (level, message, detail) => {
      if (level === 'error') console.error(message, detail);
    },
  });
  const app: TestApp = {
    url: running.url,
    ds,
    statements,
    async gql(query, variables = {}, opts = {}) {
      const res = await fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...(opts.lang ? { 'accept-language': opts.lang } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlResult;
      return { ...body, status: res.status } as never;
    },
    async close() {
      await running.stop();
      await new Promise((r) => running.server.close(r));
      await ds.destroy();
    },
  };
  afterAll(() => app.close());
  return app;
}

let hashed: Promise<string> | undefined;
/** The argon2id hash of PASSWORD, computed once per file. */
export function passwordHash(): Promise<string> {
  hashed ??= hashPassword(PASSWORD);
  return hashed;
}

export function uniq(prefix = 'T'): string {
  return `${prefix}${randomBytes(6).toString('hex').toUpperCase()}`;
}

export interface OrgRow {
  id: string;
  code: string;
  path: string;
  kind: OrganizationKind;
}

/** Inserts an organisation directly (test data, not under test). */
export async function makeOrg(
  ds: DataSource,
  parent: OrgRow | null,
  kind: OrganizationKind,
  opts: { code?: string; name?: string; sector?: OrganizationSector; status?: string } = {},
): Promise<OrgRow> {
  const id = randomUUID();
  const code = opts.code ?? uniq('O');
  const name = opts.name ?? `Tổ chức ${code}`;
  const path = `${parent?.path ?? '/'}${id}/`;
  await ds.query(
    `INSERT INTO organization (id, code, name, search_text, kind, sector, status, parent_id, path, established_on)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,'2000-01-01')`,
    [
      id,
      code,
      name,
      foldSearch(`${code} ${name}`),
      kind,
      opts.sector ?? 'OTHER',
      opts.status ?? 'ACTIVE',
      parent?.id ?? null,
      path,
    ],
  );
  return { id, code, path, kind };
}

export interface UserRow {
  id: string;
  username: string;
  role: Role;
  token: string;
}

/** Inserts a user with PASSWORD and an open session; `token` signs in as it. */
export async function makeUser(
  ds: DataSource,
  role: Role,
  scope: OrgRow | null,
  username = uniq('u').toLowerCase(),
): Promise<UserRow> {
  const [{ id }] = await ds.query(
    `INSERT INTO app_user (username, display_name, password_hash, role, scope_id) VALUES ($1,$2,$3,$4,$5) RETURNING id`,
    [username, `Người dùng ${username}`, await passwordHash(), role, scope?.id ?? null],
  );
  const token = `dv_${randomBytes(24).toString('base64url')}`;
  await ds.query(`INSERT INTO session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
    id,
    createHmac('sha256', TEST_SECRET).update(token).digest('base64url'),
  ]);
  return { id, username, role, token };
}

/**
 * A small world: a province with two districts; district D1 has communes C1
 * (cells C1a, C1b) and C2 (cell C2a); district D2 has commune C3 (cell C3a);
 * one user per role bound inside D1/C1.
 */
export async function makeWorld(ds: DataSource) {
  const P = await makeOrg(ds, null, 'PROVINCIAL_COMMITTEE');
  const D1 = await makeOrg(ds, P, 'DISTRICT_COMMITTEE');
  const D2 = await makeOrg(ds, P, 'DISTRICT_COMMITTEE');
  const C1 = await makeOrg(ds, D1, 'GRASSROOTS_COMMITTEE', { sector: 'COMMUNE' });
  const C2 = await makeOrg(ds, D1, 'GRASSROOTS_COMMITTEE', { sector: 'COMMUNE' });
  const C3 = await makeOrg(ds, D2, 'GRASSROOTS_COMMITTEE', { sector: 'COMMUNE' });
  const C1a = await makeOrg(ds, C1, 'SUBORDINATE_CELL', { sector: 'VILLAGE' });
  const C1b = await makeOrg(ds, C1, 'SUBORDINATE_CELL', { sector: 'VILLAGE' });
  const C2a = await makeOrg(ds, C2, 'SUBORDINATE_CELL', { sector: 'VILLAGE' });
  const C3a = await makeOrg(ds, C3, 'SUBORDINATE_CELL', { sector: 'VILLAGE' });
  const users = {
    ADMIN: await makeUser(ds, 'ADMIN', null),
    DISTRICT_ADMIN: await makeUser(ds, 'DISTRICT_ADMIN', D1),
    DISTRICT_INSPECTOR: await makeUser(ds, 'DISTRICT_INSPECTOR', D1),
    COMMUNE_ADMIN: await makeUser(ds, 'COMMUNE_ADMIN', C1),
    COMMUNE_INSPECTOR: await makeUser(ds, 'COMMUNE_INSPECTOR', C1),
  } satisfies Record<Role, UserRow>;
  return { P, D1, D2, C1, C2, C3, C1a, C1b, C2a, C3a, users };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

/** The error code of the first error, or 'OK'. */
export function codeOf(r: GqlResult): string {
  return r.errors?.length ? String(r.errors[0].extensions.code) : 'OK';
}

export interface MemberRow {
  id: string;
  fullName: string;
}

/** Inserts a member directly (test data), with its ADMITTED event. */
export async function makeMember(
  ds: DataSource,
  cell: OrgRow,
  opts: {
    fullName?: string;
    status?: string;
    admittedOn?: string;
    dateOfBirth?: string;
    gender?: 'MALE' | 'FEMALE';
    ethnicity?: string;
    theoryLevel?: string;
    cardNumber?: string | null;
  } = {},
): Promise<MemberRow> {
  const fullName = opts.fullName ?? `Đảng viên ${uniq('')}`;
  const status = opts.status ?? 'OFFICIAL';
  const admittedOn = opts.admittedOn ?? '2010-05-19';
  const [{ id }] = await ds.query(
    `INSERT INTO member (card_number, full_name, search_text, gender, date_of_birth, ethnicity, theory_level, organization_id, status, admitted_on, official_on)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING id`,
    [
      opts.cardNumber ?? null,
      fullName,
      foldSearch(`${fullName} ${opts.cardNumber ?? ''}`),
      opts.gender ?? 'MALE',
      opts.dateOfBirth ?? '1980-01-01',
      opts.ethnicity ?? 'Kinh',
      opts.theoryLevel ?? 'NONE',
      cell.id,
      status,
      admittedOn,
      status === 'OFFICIAL' ? admittedOn.replace(/^(\d{4})/, (y) => String(Number(y) + 1)) : null,
    ],
  );
  await ds.query(
    `INSERT INTO member_event (member_id, kind, "on", to_organization_id) VALUES ($1, 'ADMITTED', $2, $3)`,
    [id, admittedOn, cell.id],
  );
  return { id, fullName };
}
