import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './graphql/schema.js';

/**
 * Writes the schema the api serves to packages/schema/schema.graphql, or with
 * --check fails when the committed file differs from it.
 */
const target = new URL('../../../packages/schema/schema.graphql', import.meta.url).pathname;

export async function emittedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await schema()))}\n`;
}

const text = await emittedSchema();
if (process.argv.includes('--check')) {
  const committed = readFileSync(target, 'utf8');
  if (committed !== text) {
    console.error(
      'packages/schema/schema.graphql differs from the schema the api emits: run `npm run schema:emit` and review the change.',
    );
    process.exit(1);
  }
  console.log('schema.graphql matches the emitted schema');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
