import { resolve } from 'node:path';
import { PgSettingsError, parsePgSettings } from './db/pg-settings.js';

/** The process configuration, read once from the environment; the only reader of process.env. */
export interface Env {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  adminUsername: string;
  adminPassword: string | undefined;
  seedDemo: boolean;
  /** The key session tokens are hashed with; required with DATABASE_URL, else generated into DATA_DIR. */
  tokenSecret: string | undefined;
  /** Directory of the built admin app; served at `/` when it exists. */
  adminDist: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** PG_SETTINGS: overrides of the embedded PostgreSQL's sized settings (name=value, comma-separated). */
  pgSettings: Record<string, string>;
  /** Seconds between SIGTERM (from then /readyz answers 503) and closing the HTTP server: time for a proxy to notice. */
  drainSeconds: number;
}

export class EnvError extends Error {}

function bool(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new EnvError(`${name} must be true or false, got "${raw}"`);
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const port = Number(source.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new EnvError(`PORT must be a port number, got "${source.PORT}"`);
  const databaseUrl = source.DATABASE_URL || undefined;
  const adminPassword = source.ADMIN_PASSWORD || (databaseUrl ? undefined : 'admin12345');
  if (databaseUrl && !adminPassword) throw new EnvError('ADMIN_PASSWORD is required when DATABASE_URL is set');
  if (adminPassword !== undefined && adminPassword.length < 10)
    throw new EnvError('ADMIN_PASSWORD must have at least 10 characters');
  const tokenSecret = source.TOKEN_SECRET || undefined;
  if (databaseUrl && !tokenSecret)
    throw new EnvError(
      'TOKEN_SECRET is required when DATABASE_URL is set: every API process on the database must hash session tokens with the same secret',
    );
  if (tokenSecret !== undefined && tokenSecret.length < 32)
    throw new EnvError('TOKEN_SECRET must have at least 32 characters');
  const drainSeconds = Number(source.DRAIN_SECONDS || 0);
  if (!Number.isInteger(drainSeconds) || drainSeconds < 0 || drainSeconds > 60)
    throw new EnvError(`DRAIN_SECONDS must be a whole number of seconds from 0 to 60, got "${source.DRAIN_SECONDS}"`);
  const logLevel = (source.LOG_LEVEL ?? 'info') as Env['logLevel'];
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel))
    throw new EnvError('LOG_LEVEL must be debug, info, warn or error');
  let pgSettings: Record<string, string>;
  try {
    pgSettings = parsePgSettings(source.PG_SETTINGS);
  } catch (e) {
    throw new EnvError(e instanceof PgSettingsError ? e.message : String(e));
  }
  return {
    port,
    host: source.HOST || '0.0.0.0',
    databaseUrl,
    dataDir: resolve(source.DATA_DIR || '.data'),
    adminUsername: (source.ADMIN_USERNAME || 'admin').toLowerCase(),
    adminPassword,
    seedDemo: bool('SEED_DEMO', source.SEED_DEMO, !databaseUrl),
    tokenSecret,
    adminDist: resolve(source.ADMIN_DIST || new URL('../../admin/dist', import.meta.url).pathname),
    logLevel,
    pgSettings,
    drainSeconds,
  };
}
