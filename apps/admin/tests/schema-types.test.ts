import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The admin's operation types come from packages/schema/schema.graphql: a
 * field the API renames or makes nullable fails the admin's typecheck. Each
 * case copies src/ beside the app (so node_modules resolve), writes its
 * graphql-env.d.ts from a changed copy of the schema with the script the
 * typecheck runs, and typechecks the copy.
 */
const admin = resolve(import.meta.dirname, '..');
const sdl = readFileSync(resolve(admin, '../../packages/schema/schema.graphql'), 'utf8');
const probes: string[] = [];

afterAll(() => {
  for (const dir of probes) rmSync(dir, { recursive: true, force: true });
});

/** The typecheck's errors for src/ typed from `schema` (empty when it passes). */
function typecheck(schema: string): string[] {
  const dir = mkdtempSync(join(admin, '.schema-probe-'));
  probes.push(dir);
  cpSync(join(admin, 'src'), join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'schema.graphql'), schema);
  const env = spawnSync(
    process.execPath,
    [join(admin, 'scripts/graphql-env.mjs'), join(dir, 'schema.graphql'), join(dir, 'src/graphql-env.d.ts')],
    { encoding: 'utf8' },
  );
  expect(env.status, env.stderr).toBe(0);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', include: ['src'] }));
  const tsc = spawnSync('npx', ['tsc', '-p', join(dir, 'tsconfig.json'), '--noEmit'], {
    cwd: admin,
    encoding: 'utf8',
  });
  return `${tsc.stdout}${tsc.stderr}`.split('\n').filter((line) => line.includes('error TS'));
}

/** `schema` with `from` replaced by `to` inside `type <typeName> { … }` (which must contain it). */
function changed(schema: string, typeName: string, from: string, to: string): string {
  const start = schema.indexOf(`\ntype ${typeName} {`);
  const end = schema.indexOf('\n}', start);
  const body = schema.slice(start, end);
  expect(body).toContain(from);
  return schema.slice(0, start) + body.replace(from, to) + schema.slice(end);
}

describe('admin types from the emitted schema', () => {
  // One typecheck of a copy (about 5 to 20 s); the schema as it is is typechecked by `npm test`'s typecheck task.
  it('fail when a field the admin reads is renamed or becomes nullable', { timeout: 120_000 }, () => {
    const schema = changed(
      changed(sdl, 'Organization', '\n  name: String!', '\n  title: String!'),
      'Member',
      '\n  fullName: String!',
      '\n  fullName: String',
    );
    const errors = typecheck(schema).join('\n');
    // Organization.name is gone: what reads an organisation's name gets `unknown`
    expect(errors).toMatch(/member-transfer-dialog\.tsx.*Type 'unknown' is not assignable to type 'string'/);
    // Member.fullName may be null: what needs a string refuses it
    expect(errors).toMatch(/Type 'string \| null' is not assignable to type 'string'/);
  });
});
