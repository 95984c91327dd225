import pg from 'pg';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../features/audit/audit.entity.js';
import { PublicHoliday } from '../features/calendar/holiday.entity.js';
import { Candidate } from '../features/candidates/candidate.entity.js';
import { Member, MemberEvent } from '../features/members/member.entity.js';
import { Transfer } from '../features/members/transfer.entity.js';
import { Organization } from '../features/organizations/organization.entity.js';
import { Target, Term } from '../features/targets/target.entity.js';
import { User } from '../features/users/user.entity.js';
import { migrations } from './migrations/index.js';

// Dates (LocalDate) travel as 'YYYY-MM-DD' strings, never through a time zone.
pg.types.setTypeParser(1082, (v: string) => v);

export const entities = [
  Organization,
  User,
  AuditEntry,
  Member,
  MemberEvent,
  Transfer,
  Candidate,
  Term,
  Target,
  PublicHoliday,
];

export function createDataSource(url: string, options: { poolSize?: number; logger?: (sql: string) => void } = {}) {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    poolSize: options.poolSize ?? 20,
    logging: options.logger ? ['query'] : false,
    logger: options.logger
      ? {
          logQuery: (sql: string) => options.logger?.(sql),
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
