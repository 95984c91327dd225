import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, type GraphQLSchema, Kind, type ValueNode, visit } from 'graphql';
import type { Context } from './context.js';
import { badInput, type FieldError } from './errors.js';
import { t } from './i18n.js';
import { checkCost } from './limits.js';

/** True when a string holds a NUL character, which PostgreSQL's text cannot store. */
export function hasNul(value: string): boolean {
  return value.includes('\u0000');
}

const MAX_REPORTED = 20;

/** The paths of every string holding a NUL in a JSON value (keys included). */
export function nulPathsInValue(value: unknown, path: string[] = [], out: string[][] = []): string[][] {
  if (out.length >= MAX_REPORTED) return out;
  if (typeof value === 'string') {
    if (hasNul(value)) out.push(path);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) nulPathsInValue(v, [...path, String(i)], out);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (hasNul(k)) out.push([...path, k.replaceAll('\u0000', '\\0')]);
      else nulPathsInValue(v, [...path, k], out);
    }
  return out;
}

/** The paths of every string literal holding a NUL in an argument's value. */
function nulPathsInLiteral(node: ValueNode, path: string[], out: string[][]): void {
  if (out.length >= MAX_REPORTED) return;
  if (node.kind === Kind.STRING) {
    if (hasNul(node.value)) out.push(path);
  } else if (node.kind === Kind.LIST) {
    for (const [i, v] of node.values.entries()) nulPathsInLiteral(v, [...path, String(i)], out);
  } else if (node.kind === Kind.OBJECT)
    for (const f of node.fields) nulPathsInLiteral(f.value, [...path, f.name.value], out);
}

/**
 * Refuses, with BAD_USER_INPUT, a request whose variables or literal
 * arguments hold a NUL character anywhere: one check for every string input
 * (arguments, cursors, user names, filters), before anything runs.
 */
export function refuseNul(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  const paths: string[][] = [];
  nulPathsInValue(variables ?? {}, [], paths);
  visit(document, {
    Argument(node) {
      nulPathsInLiteral(node.value, [node.name.value], paths);
    },
  });
  if (paths.length) throw nulInput(paths);
}

/** BAD_USER_INPUT naming each field that holds a NUL; refused before execution, HTTP 400. */
export function nulInput(paths: string[][]) {
  const fields: FieldError[] = paths.map((path) => ({ path, message: t('nulCharacter') }));
  const error = badInput(fields);
  error.extensions.http = { status: 400 };
  return error;
}

/**
 * The checks Apollo runs on each resolved operation before executing it (NUL
 * characters, then the cost budget), and the HTTP status of an answer whose
 * database was unavailable (503).
 */
export function edgePlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          refuseNul(document, request.variables);
          checkCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
        },
        async willSendResponse({ response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          if (errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) response.http.status = 503;
        },
      };
    },
  };
}
