import pg from 'pg';
import { DataSource } from 'typeorm';
import { features } from '../features/index.js';
import { migrations } from './migrations/index.js';

// Dates (LocalDate) travel as 'YYYY-MM-DD' strings, never through a time zone.
pg.types.setTypeParser(1082, (v: string) => v);

export const entities = features.flatMap((f) => f.entities);

/**
 * The pool survives a database that goes away: a request waits at most
 * CONNECT_TIMEOUT_MS for a connection (new or free), so it fails fast while
 * the server is down; pg-pool drops a client whose connection broke (TypeORM
 * releases it with the error), so the pool refills with new connections once
 * the server answers again; TCP keep-alive finds connections a network cut.
 */
export const CONNECT_TIMEOUT_MS = 5_000;

export function createDataSource(
  url: string,
  options: { poolSize?: number; logger?: (sql: string, params?: unknown[]) => void } = {},
) {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    poolSize: options.poolSize ?? 20,
    connectTimeoutMS: CONNECT_TIMEOUT_MS,
    extra: { keepAlive: true, keepAliveInitialDelayMillis: 10_000 },
    logging: options.logger ? ['query'] : false,
    logger: options.logger
      ? {
          logQuery: (sql: string, params?: unknown[]) => options.logger?.(sql, params),
          logQueryError: () => {},
          logQuerySlow: () => {},
          logSchemaBuild: () => {},
          logMigration: () => {},
          log: () => {},
        }
      : undefined,
  });
}

/** Applies the pending migrations; returns their names. */
export async function migrate(ds: DataSource): Promise<string[]> {
  const done = await ds.runMigrations({ transaction: 'each' });
  return done.map((m) => m.name);
}
