import type { MigrationInterface } from 'typeorm';

/**
 * What a feature brings to the API, registered once in features/index.ts:
 * its GraphQL resolvers, its TypeORM entities and its migrations (each
 * migration's name ends with its timestamp; all features' migrations run in
 * that order). Its permissions live in packages/schema (shared with the
 * admin app), its rules and tests in its folder.
 */
export interface Feature {
  name: string;
  // biome-ignore lint/complexity/noBannedTypes: type-graphql and TypeORM take classes
  resolvers: Function[];
  // biome-ignore lint/complexity/noBannedTypes: type-graphql and TypeORM take classes
  entities: Function[];
  migrations: (new () => MigrationInterface)[];
}
