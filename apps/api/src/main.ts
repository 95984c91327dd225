import 'reflect-metadata';
import { setTokenSecret } from './auth/session.service.js';
import { ensureDatabase, loadSecrets } from './db/bootstrap.js';
import { createDataSource } from './db/data-source.js';
import { type EmbeddedServer, startEmbedded } from './db/embedded.js';
import { prepareDatabase } from './db/prepare.js';
import { DEMO_USERS } from './demo/organizations.js';
import { type Env, EnvError, readEnv } from './env.js';
import { startApp } from './http/server.js';

const env = readEnvOrExit();

const log = (level: 'info' | 'error', message: string, detail?: unknown) => {
  if (level === 'info' && (env.logLevel === 'warn' || env.logLevel === 'error')) return;
  const line = `[${new Date().toISOString()}] ${level.toUpperCase()} ${message}`;
  if (level === 'error') console.error(line, detail ?? '');
  else console.log(line);
};

/** Bootstrap only: env → database → schema → HTTP server. */
function readEnvOrExit(): Env {
  try {
    return readEnv();
  } catch (e) {
    console.error(`Configuration error: ${e instanceof EnvError ? e.message : String(e)}`);
    process.exit(1);
  }
}

async function main() {
  let embedded: EmbeddedServer | undefined;
  let url = env.databaseUrl;
  let tokenSecret = env.tokenSecret;
  if (!url) {
    // alone on its own database: the secrets live in DATA_DIR
    const secrets = loadSecrets(env.dataDir);
    tokenSecret ??= secrets.tokenSecret;
    log('info', `starting the embedded PostgreSQL in ${env.dataDir}`);
    embedded = await startEmbedded({
      dir: env.dataDir,
      password: secrets.pgPassword,
      settings: env.pgSettings,
      log: (m) => log('info', m),
    });
    await ensureDatabase(embedded.url('postgres'), 'dangvu');
    url = embedded.url('dangvu');
  }
  if (!tokenSecret) throw new Error('no token secret'); // readEnv requires TOKEN_SECRET with DATABASE_URL
  setTokenSecret(tokenSecret);
  const secretSource = env.tokenSecret ? 'TOKEN_SECRET' : `the secret kept in ${env.dataDir}/secrets.json`;
  log('info', `session tokens are hashed with ${secretSource}`);
  const ds = createDataSource(url);
  await ds.initialize();
  const prepared = await prepareDatabase(ds, env, (m) => log('info', m));
  if (prepared.applied.length) log('info', `applied migrations: ${prepared.applied.join(', ')}`);
  if (prepared.adminCreated) log('info', `created the first administrator "${env.adminUsername}"`);
  if (prepared.demoLoaded) log('info', 'loaded the demo province');
  let stopping = false;
  const app = await startApp({
    ds,
    adminDist: env.adminDist,
    port: env.port,
    host: env.host,
    log,
    draining: () => stopping,
  });

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('info', `${signal}: stopping`);
    // never hang on the way out: after 15 s give up waiting (the next start recovers the database)
    setTimeout(() => process.exit(1), 15_000 + env.drainSeconds * 1000).unref();
    try {
      if (env.drainSeconds > 0) {
        log('info', `/readyz answers 503; serving ${env.drainSeconds} s more while the proxy takes this process out`);
        await new Promise((r) => setTimeout(r, env.drainSeconds * 1000));
      }
      await app.stop();
      log('info', 'HTTP server stopped');
      await ds.destroy();
      if (embedded) {
        await embedded.stop();
        log('info', 'PostgreSQL stopped');
      }
    } catch (e) {
      log('error', 'error while stopping', e);
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const port = new URL(app.url).port;
  console.log(`
Đảng vụ is running at http://localhost:${port}
  admin app   http://localhost:${port}/
  GraphQL     http://localhost:${port}/graphql
  health      http://localhost:${port}/healthz  /readyz
  database    ${embedded ? `embedded PostgreSQL in ${env.dataDir}` : 'DATABASE_URL'}
  tokens      hashed with ${secretSource}
Accounts (passwords: ADMIN_PASSWORD, and the README's demo accounts; never written to the log):
  ${env.adminUsername.padEnd(18)} ADMIN${
    env.seedDemo
      ? `\n${DEMO_USERS.map((u) => `  ${u.username.padEnd(18)} ${u.role.padEnd(19)} (${u.scope})`).join('\n')}`
      : ''
  }
Stop with Ctrl-C.`);
}

main().catch((e) => {
  console.error('Đảng vụ could not start:', e);
  process.exit(1);
});
