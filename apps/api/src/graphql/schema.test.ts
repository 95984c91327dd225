import { readFileSync } from 'node:fs';
import { PERMISSIONS, ROLE_PERMISSIONS } from '@dangvu/schema';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { isPublic } from './auth-checker.js';
import { emittedSchema, SCHEMA_FILE } from './print-schema.js';
import { resolvers, schema } from './schema.js';

describe('the schema', () => {
  it('is what packages/schema/schema.graphql commits (run `npm run schema:emit` after a reviewed change)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await emittedSchema());
  });

  it('denies by default: every query and mutation declares a permission or is public', async () => {
    await schema();
    const storage = getMetadataStorage();
    const ops = [...storage.queries, ...storage.mutations].filter((op) => resolvers.includes(op.target as never));
    expect(ops.length).toBeGreaterThan(10);
    const undeclared = ops.filter((op) => {
      const guarded = storage.authorizedFields.some((a) => a.target === op.target && a.fieldName === op.methodName);
      return !guarded && !isPublic(op.target.name, op.methodName);
    });
    expect(undeclared.map((op) => op.schemaName)).toEqual([]);
  });

  it('declares only me and login public', async () => {
    await schema();
    const storage = getMetadataStorage();
    const open = [...storage.queries, ...storage.mutations].filter((op) => isPublic(op.target.name, op.methodName));
    expect(open.map((op) => op.schemaName).sort()).toEqual(['login', 'me']);
  });

  it('keeps the reviewed permission map (a change here is a security change)', () => {
    expect(PERMISSIONS).toMatchInlineSnapshot(`
      [
        "session:self",
        "user:read",
        "user:manage",
        "organization:read",
        "organization:write",
        "organization:reorganize",
        "audit:read",
        "member:read",
        "member:write",
        "transfer:decide",
        "candidate:read",
        "candidate:write",
        "term:manage",
        "target:read",
        "target:write",
        "calendar:manage",
        "cadre:read",
        "cadre:write",
        "inspection:read",
        "inspection:write",
        "discipline:write",
        "meeting:read",
        "meeting:write",
        "rating:read",
        "rating:write",
      ]
    `);
    expect(ROLE_PERMISSIONS).toMatchInlineSnapshot(`
      {
        "ADMIN": [
          "session:self",
          "user:read",
          "user:manage",
          "organization:read",
          "organization:write",
          "organization:reorganize",
          "audit:read",
          "member:read",
          "member:write",
          "transfer:decide",
          "candidate:read",
          "candidate:write",
          "term:manage",
          "target:read",
          "target:write",
          "calendar:manage",
          "cadre:read",
          "cadre:write",
          "inspection:read",
          "inspection:write",
          "discipline:write",
          "meeting:read",
          "meeting:write",
          "rating:read",
          "rating:write",
        ],
        "COMMUNE_ADMIN": [
          "session:self",
          "organization:read",
          "organization:write",
          "member:read",
          "member:write",
          "transfer:decide",
          "candidate:read",
          "candidate:write",
          "target:read",
          "target:write",
          "cadre:read",
          "cadre:write",
          "inspection:read",
          "meeting:read",
          "meeting:write",
          "rating:read",
          "rating:write",
        ],
        "COMMUNE_INSPECTOR": [
          "session:self",
          "organization:read",
          "member:read",
          "candidate:read",
          "target:read",
          "cadre:read",
          "inspection:read",
          "inspection:write",
          "discipline:write",
          "meeting:read",
          "rating:read",
        ],
        "DISTRICT_ADMIN": [
          "session:self",
          "user:read",
          "user:manage",
          "organization:read",
          "organization:write",
          "organization:reorganize",
          "audit:read",
          "member:read",
          "member:write",
          "transfer:decide",
          "candidate:read",
          "candidate:write",
          "target:read",
          "target:write",
          "cadre:read",
          "cadre:write",
          "inspection:read",
          "meeting:read",
          "meeting:write",
          "rating:read",
          "rating:write",
        ],
        "DISTRICT_INSPECTOR": [
          "session:self",
          "organization:read",
          "member:read",
          "candidate:read",
          "target:read",
          "cadre:read",
          "inspection:read",
          "inspection:write",
          "discipline:write",
          "meeting:read",
          "rating:read",
        ],
      }
    `);
  });
});
