import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import type { Rng } from '../demo/random.js';
import { fuzzString, type IdPool, NASTY_NUMBERS, wrongType } from './values.js';

/** Operations that would end the fuzzer's own sessions; run with a throwaway token instead. */
export const SESSION_ENDING = new Set(['logout']);

export interface GqlRequest {
  operation: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Builds random, mostly malformed, operations over every root field of a schema. */
export class GraphqlGenerator {
  readonly fields: { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[];

  constructor(
    schema: GraphQLSchema,
    private readonly ids: IdPool,
  ) {
    const q = Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({
      kind: 'query' as const,
      field,
    }));
    const m = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({
      kind: 'mutation' as const,
      field,
    }));
    this.fields = [...q, ...m];
  }

  /** One operation on the root field at `index` (every field in turn, then at random). */
  operation(r: Rng, index: number): GqlRequest {
    const { kind, field } = this.fields[index % this.fields.length];
    const variables: Record<string, unknown> = {};
    const defs: string[] = [];
    const args = this.args(r, field.args, variables, defs);
    const selection = this.selection(r, getNamedType(field.type), 0);
    const header = defs.length ? `${kind} Fuzz(${defs.join(', ')})` : kind;
    return { operation: field.name, query: `${header} { ${field.name}${args}${selection} }`, variables };
  }

  private args(r: Rng, args: readonly GraphQLArgument[], variables: Record<string, unknown>, defs: string[]): string {
    const parts: string[] = [];
    for (const arg of args) {
      if (!isNonNullType(arg.type) && r.chance(0.4)) continue;
      if (r.chance(0.03)) continue; // a required argument left out
      const value = this.value(r, arg.type, 0);
      if (r.chance(0.5)) {
        const name = `v${defs.length}`;
        defs.push(`$${name}: ${String(arg.type)}`);
        variables[name] = value;
        parts.push(`${arg.name}: $${name}`);
      } else parts.push(`${arg.name}: ${literal(value)}`);
    }
    if (r.chance(0.02)) parts.push(`unknownArg: 1`);
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  private selection(r: Rng, type: GraphQLNamedType, depth: number): string {
    if (isUnionType(type)) return ` { __typename }`;
    if (!isObjectType(type) && !isInterfaceType(type)) return '';
    const fields = Object.values(type.getFields());
    const chosen = fields.filter((_f, i) => i === 0 || r.chance(depth === 0 ? 0.5 : 0.25));
    const parts = chosen.map((f) => {
      const named = getNamedType(f.type);
      const leaf = isScalarType(named) || isEnumType(named);
      if (!leaf && depth >= 3) return 'id: __typename';
      const args = f.args.length ? this.inlineArgs(r, f.args) : '';
      return `${f.name}${args}${leaf ? '' : this.selection(r, named, depth + 1)}`;
    });
    if (r.chance(0.02)) parts.push('noSuchField');
    return ` { ${parts.join(' ')} }`;
  }

  private inlineArgs(r: Rng, args: readonly GraphQLArgument[]): string {
    const parts = args
      .filter((a) => isNonNullType(a.type) || r.chance(0.3))
      .map((a) => `${a.name}: ${literal(this.value(r, a.type, 0))}`);
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  /** A value for an input type: usually of the right shape with hostile content, sometimes of the wrong type. */
  value(r: Rng, type: GraphQLInputType, depth: number): unknown {
    if (r.chance(0.04)) return wrongType(r);
    if (!isNonNullType(type) && r.chance(0.1)) return null;
    const t = getNullableType(type) as GraphQLInputType;
    if (isListType(t)) return Array.from({ length: r.int(0, 3) }, () => this.value(r, t.ofType, depth + 1));
    if (isEnumType(t)) return r.chance(0.9) ? r.pick(t.getValues()).name : 'NOT_A_VALUE';
    if (isInputObjectType(t)) {
      const out: Record<string, unknown> = {};
      if (depth > 4) return out;
      for (const f of Object.values(t.getFields()))
        if (isNonNullType(f.type) || r.chance(0.5)) out[f.name] = this.value(r, f.type, depth + 1);
      if (r.chance(0.03)) out.extraField = 'x';
      return out;
    }
    switch (isScalarType(t) ? t.name : '') {
      case 'ID':
        return this.ids.pick(r);
      case 'Int':
        return r.pick(NASTY_NUMBERS);
      case 'Float':
        return r.pick([0, -1, 1.5, 1e308]);
      case 'Boolean':
        return r.chance(0.5);
      case 'LocalDate':
        return r.chance(0.6) ? `${r.int(1940, 2030)}-0${r.int(1, 9)}-${r.int(10, 28)}` : fuzzString(r);
      case 'DateTimeISO':
        return r.chance(0.6) ? new Date(Date.UTC(r.int(2000, 2030), r.int(0, 11), 3)).toISOString() : fuzzString(r);
      case 'JSON':
        return r.pick([{}, { a: 'b\u0000' }, [1, 2], 'x', 1]);
      default:
        return fuzzString(r);
    }
  }
}

/** A JSON value written as a GraphQL literal (enum names bare when they look like one). */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')} }`;
  if (typeof value === 'string' && /^[A-Z][A-Z0-9_]+$/.test(value) && value.length > 2) return value;
  if (typeof value === 'number' && !Number.isFinite(value)) return '0';
  return JSON.stringify(value);
}
