import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema.js';

/** The SDL the api serves, sorted, as committed in packages/schema/schema.graphql. */
export async function emittedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await schema()))}\n`;
}

export const SCHEMA_FILE = new URL('../../../../packages/schema/schema.graphql', import.meta.url).pathname;
