import { describe, expect, it } from 'vitest';
import { EnvError, readEnv } from './env.js';

const SECRET = 'a-secret-of-more-than-thirty-two-characters';

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
    expect(() => readEnv({ DATABASE_URL: 'postgres://x/y', TOKEN_SECRET: SECRET })).toThrow(/ADMIN_PASSWORD/);
    expect(
      readEnv({ DATABASE_URL: 'postgres://x/y', ADMIN_PASSWORD: 'a-long-password', TOKEN_SECRET: SECRET }).seedDemo,
    ).toBe(false);
  });

  it('requires a TOKEN_SECRET of at least 32 characters with DATABASE_URL, and lets the embedded default generate one', () => {
    const shared = { DATABASE_URL: 'postgres://x/y', ADMIN_PASSWORD: 'a-long-password' };
    expect(() => readEnv(shared)).toThrow(EnvError);
    expect(() => readEnv(shared)).toThrow(/TOKEN_SECRET is required when DATABASE_URL is set/);
    expect(() => readEnv({ ...shared, TOKEN_SECRET: 'short' })).toThrow(/TOKEN_SECRET must have at least 32/);
    expect(readEnv({ ...shared, TOKEN_SECRET: SECRET }).tokenSecret).toBe(SECRET);
    expect(readEnv({}).tokenSecret).toBeUndefined();
  });

  it('reads DRAIN_SECONDS (0 by default) and refuses a value that is not 0 to 60 whole seconds', () => {
    expect(readEnv({}).drainSeconds).toBe(0);
    expect(readEnv({ DRAIN_SECONDS: '5' }).drainSeconds).toBe(5);
    for (const bad of ['-1', '1.5', '61', 'abc'])
      expect(() => readEnv({ DRAIN_SECONDS: bad })).toThrow(/DRAIN_SECONDS/);
  });

  it('refuses a bad port, a short password and a bad boolean', () => {
    expect(() => readEnv({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => readEnv({ ADMIN_PASSWORD: 'short' })).toThrow(/10 characters/);
    expect(() => readEnv({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO/);
  });
});
