import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password.js';

export interface Secrets {
  tokenSecret: string;
  pgPassword: string;
}

/** Secrets generated once and kept in DATA_DIR (mode 600), so that a restart keeps sessions and the database. */
export function loadSecrets(dataDir: string): Secrets {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Secrets;
  const secrets: Secrets = {
    tokenSecret: randomBytes(32).toString('base64url'),
    pgPassword: randomBytes(18).toString('base64url'),
  };
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}

/** Creates a database on the server of `adminUrl` when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      const quoted = `"${name.replace(/"/g, '""')}"`;
      await client.query(`CREATE DATABASE ${quoted}${template ? ` TEMPLATE "${template.replace(/"/g, '""')}"` : ''}`);
    }
  } finally {
    await client.end();
  }
}

/** Creates the first ADMIN when the database has no user; returns true when it did. */
export async function ensureAdmin(ds: DataSource, username: string, password: string | undefined): Promise<boolean> {
  const [{ count }] = await ds.query('SELECT count(*)::int AS count FROM app_user');
  if (count > 0) return false;
  if (!password) throw new Error('ADMIN_PASSWORD is required to create the first administrator');
  await ds.transaction(async (m) => {
    const [{ id }] = await m.query(
      `INSERT INTO app_user (username, display_name, password_hash, role) VALUES ($1, $2, $3, 'ADMIN') RETURNING id`,
      [username, 'Quản trị hệ thống', await hashPassword(password)],
    );
    await m.query(
      `INSERT INTO audit_entry (user_id, action, entity_type, entity_id, changes) VALUES (NULL, 'bootstrap', 'User', $1, $2)`,
      [id, JSON.stringify({ username: { from: null, to: username }, role: { from: null, to: 'ADMIN' } })],
    );
  });
  return true;
}
