// Writes src/graphql-env.d.ts (the schema as a type, for gql.tada) from
// packages/schema/schema.graphql. Run before every typecheck and build, so a
// field renamed or made nullable in the API fails the admin's typecheck.
// (gql.tada's own CLI needs TypeScript's JS API, which TypeScript 7 has not.)
import { readFileSync, writeFileSync } from 'node:fs';
import { minifyIntrospection, outputIntrospectionFile } from '@gql.tada/internal';
import { buildSchema, introspectionFromSchema } from 'graphql';

const sdl = readFileSync(new URL('../../../packages/schema/schema.graphql', import.meta.url), 'utf8');
const introspection = minifyIntrospection(introspectionFromSchema(buildSchema(sdl)));
const out = new URL('../src/graphql-env.d.ts', import.meta.url);
const text = outputIntrospectionFile(introspection, { fileType: '.d.ts', shouldPreprocess: true });
let old = '';
try {
  old = readFileSync(out, 'utf8');
} catch {}
if (old !== text) writeFileSync(out, text);
