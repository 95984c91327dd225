import { describe, expect, it } from 'vitest';
import { EnvError, readEnv } from './env.js';

describe('configuration', () => {
  it('defaults to the embedded database with demo data and the default admin password', () => {
    const env = readEnv({});
    expect(env).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      seedDemo: true,
      adminUsername: 'admin',
      adminPassword: 'admin12345',
    });
    expect(env.dataDir).toMatch(/\.data$/);
  });

  it('requires ADMIN_PASSWORD with DATABASE_URL, and loads no demo data there by default', () => {
    expect(() => readEnv({ DATABASE_URL: 'postgres://x/y' })).toThrow(EnvError);
    expect(readEnv({ DATABASE_URL: 'postgres://x/y', ADMIN_PASSWORD: 'a-long-password' }).seedDemo).toBe(false);
  });

  it('refuses a bad port, a short password and a bad boolean', () => {
    expect(() => readEnv({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => readEnv({ ADMIN_PASSWORD: 'short' })).toThrow(/10 characters/);
    expect(() => readEnv({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO/);
  });
});
