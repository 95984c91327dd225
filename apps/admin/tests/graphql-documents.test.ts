import sdl from '@dangvu/schema/schema.graphql?raw';
import { buildSchema, type DocumentNode, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * Every GraphQL document the admin app sends is valid against the schema the
 * api emits (packages/schema/schema.graphql), so a renamed field fails here,
 * not in a browser.
 */
const schema = buildSchema(sdl);
const modules = import.meta.glob<Record<string, unknown>>('../src/**/*.documents.ts', { eager: true });

const documents = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    // operations (a fragment alone is checked where an operation spreads it)
    .filter(([, value]) => (value as DocumentNode | null)?.kind === 'Document')
    .filter(([, value]) => (value as DocumentNode).definitions.some((d) => d.kind === 'OperationDefinition'))
    .map(([name, value]) => ({ id: `${file.replace('../src/', '')} ${name}`, doc: value as DocumentNode })),
);

describe('admin GraphQL documents', () => {
  it('finds the documents', () => {
    expect(documents.length).toBeGreaterThan(10);
  });

  it.each([
    'members/members.documents.ts',
    'transfers/transfers.documents.ts',
    'candidates/candidates.documents.ts',
    'targets/targets.documents.ts',
    'cadres/cadres.documents.ts',
  ])('collects the documents of features/%s', (file) => {
    expect(documents.some((d) => d.id.startsWith(`features/${file} `))).toBe(true);
  });

  it.each(documents)('$id is valid against the emitted schema', ({ doc }) => {
    expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
  });

  // a feature's documents are typed from the schema (gql.tada's graphql()), never by hand with urql's gql<…>
  const sources = import.meta.glob<string>('../src/**/*.{ts,tsx}', { eager: true, query: '?raw', import: 'default' });
  it.each(Object.keys(sources).map((file) => file.replace('../src/', '')))(
    '%s does not write a document with urql gql',
    (file) => {
      expect(sources[`../src/${file}`]).not.toMatch(/import\s*\{[^}]*\bgql\b[^}]*\}\s*from\s*'urql'/);
    },
  );
});
