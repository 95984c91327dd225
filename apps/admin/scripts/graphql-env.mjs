// Writes src/graphql-env.d.ts (the schema as a type, for gql.tada) from
// packages/schema/schema.graphql. Run before every typecheck and build, so a
// field renamed or made nullable in the API fails the admin's typecheck
// (tests/schema-types.test.ts proves it on a changed copy of the schema).
// (gql.tada's own CLI needs TypeScript's JS API, which TypeScript 7 has not.)
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { minifyIntrospection, outputIntrospectionFile } from '@gql.tada/internal';
import { buildSchema, introspectionFromSchema } from 'graphql';

export const SCHEMA = new URL('../../../packages/schema/schema.graphql', import.meta.url);

/** The text of a graphql-env.d.ts for the schema `sdl`. */
export function graphqlEnv(sdl) {
  const introspection = minifyIntrospection(introspectionFromSchema(buildSchema(sdl)));
  return outputIntrospectionFile(introspection, { fileType: '.d.ts', shouldPreprocess: true });
}

/** Writes `out` (a path or file URL) for `sdl`, only when it changed (so watchers stay quiet). */
export function writeGraphqlEnv(sdl, out) {
  const text = graphqlEnv(sdl);
  let old = '';
  try {
    old = readFileSync(out, 'utf8');
  } catch {}
  if (old !== text) writeFileSync(out, text);
}

// node scripts/graphql-env.mjs [schema.graphql] [out.d.ts]: the repo's schema and src/graphql-env.d.ts by default
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [schema = SCHEMA, out = new URL('../src/graphql-env.d.ts', import.meta.url)] = process.argv.slice(2);
  writeGraphqlEnv(readFileSync(schema, 'utf8'), out);
}
