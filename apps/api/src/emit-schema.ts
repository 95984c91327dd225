import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { emittedSchema, SCHEMA_FILE } from './graphql/print-schema.js';

/**
 * Writes the schema the api serves to packages/schema/schema.graphql, or with
 * --check fails when the committed file differs from it.
 */
const text = await emittedSchema();
if (process.argv.includes('--check')) {
  if (readFileSync(SCHEMA_FILE, 'utf8') !== text) {
    console.error(
      'packages/schema/schema.graphql differs from the emitted schema: run `npm run schema:emit` and review.',
    );
    process.exit(1);
  }
  console.log('schema.graphql matches the emitted schema');
} else {
  writeFileSync(SCHEMA_FILE, text);
  console.log(`wrote ${SCHEMA_FILE}`);
}
