import { describe, expect, it } from 'vitest';
import { codeOf, makeWorld, startTestApp } from '../test/harness.js';
import { MAX_ALIASES, MAX_COST, MAX_DEPTH } from './limits.js';

const app = await startTestApp();

describe('limits', () => {
  it(`refuses a query deeper than ${MAX_DEPTH} levels before it runs, and accepts one at the limit`, async () => {
    const w = await makeWorld(app.ds);
    const nest = (n: number) => `{ roots ${'{ parent '.repeat(n - 2)}{ id }${' }'.repeat(n - 2)} }`;
    const deep = await app.gql(nest(MAX_DEPTH + 1), {}, { token: w.users.ADMIN.token });
    expect(codeOf(deep)).toBe('GRAPHQL_VALIDATION_FAILED');
    const atLimit = await app.gql(nest(MAX_DEPTH), {}, { token: w.users.ADMIN.token });
    expect(codeOf(atLimit)).toBe('OK');
  });

  it(`refuses more than ${MAX_ALIASES} aliases`, async () => {
    const w = await makeWorld(app.ds);
    const q = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(codeOf(await app.gql(q(MAX_ALIASES + 1), {}, { token: w.users.ADMIN.token }))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(codeOf(await app.gql(q(MAX_ALIASES), {}, { token: w.users.ADMIN.token }))).toBe('OK');
  });

  it(`refuses a query costlier than ${MAX_COST}, before it touches the database`, async () => {
    const w = await makeWorld(app.ds);
    const q = `{ organizations(first: 200) { edges { node { children { children { children { id } } } } } } }`;
    const r = await app.gql(q, {}, { token: w.users.ADMIN.token });
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors![0].extensions.cost).toBeGreaterThan(MAX_COST);
  });

  it('refuses first above 200 with BAD_USER_INPUT and accepts 200', async () => {
    const w = await makeWorld(app.ds);
    const q = `query($f: Int) { organizations(first: $f) { totalCount } }`;
    const over = await app.gql(q, { f: 201 }, { token: w.users.ADMIN.token });
    expect(codeOf(over)).toBe('BAD_USER_INPUT');
    expect(over.errors![0].extensions.fields[0].path).toEqual(['first']);
    expect(codeOf(await app.gql(q, { f: 200 }, { token: w.users.ADMIN.token }))).toBe('OK');
  });
});

describe('the error model', () => {
  it('names the offending variable field when input is malformed', async () => {
    const w = await makeWorld(app.ds);
    const r = await app.gql(
      `mutation($i: DissolveOrganizationInput!) { dissolveOrganization(input: $i) { id } }`,
      { i: { id: w.C1a.id, version: 1, on: '2025-02-30' } },
      { token: w.users.ADMIN.token },
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions.fields[0].path).toEqual(['i', 'on']);
  });

  it('never shows a stack trace, SQL or an internal message', async () => {
    const w = await makeWorld(app.ds);
    const bad = await app.gql(
      `{ organization(id: "not-a-uuid") { id } auditLog(filter: { from: "2024-01-01T00:00:00Z", entityId: "x'; drop" }) { totalCount } }`,
      {},
      { token: w.users.ADMIN.token },
    );
    const text = JSON.stringify(bad);
    expect(text).not.toMatch(/stacktrace|SELECT|QueryFailedError|at .*\.js/);
    expect(bad.data!.organization).toBeNull();
  });

  it('answers UNAUTHENTICATED without a token, in English on request', async () => {
    const r = await app.gql(`{ roots { id } }`, {}, { lang: 'en-US,en;q=0.9' });
    expect(r.errors![0]).toMatchObject({ message: 'You need to sign in.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('serves /healthz and /readyz', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
  });
});
