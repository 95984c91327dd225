import {
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { t } from './i18n.js';

export const MAX_DEPTH = 12;
export const MAX_ALIASES = 50;
export const MAX_COST = 25_000;

/**
 * The depth of each selection set, with every fragment's depth computed once
 * (memoised by name), so a document whose fragments spread each other twice
 * per level costs time linear in its size, not exponential.
 */
function depthWalker(fragments: Map<string, FragmentDefinitionNode>) {
  const memo = new Map<string, number>();
  const depthOf = (set: SelectionSetNode | undefined): number => {
    if (!set) return 0;
    let max = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (!sel.name.value.startsWith('__')) max = Math.max(max, 1 + depthOf(sel.selectionSet));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(sel.selectionSet));
      else max = Math.max(max, fragmentDepth(sel.name.value));
    }
    return max;
  };
  const fragmentDepth = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    memo.set(name, 0); // a cycle (refused by graphql-js's own rule) counts nothing
    const depth = depthOf(fragments.get(name)?.selectionSet);
    memo.set(name, depth);
    return depth;
  };
  return depthOf;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
}

/** Refuses operations nested deeper than MAX_DEPTH fields (introspection fields aside). */
export function depthLimit(context: ValidationContext): ASTVisitor {
  const depthOf = depthWalker(fragmentsOf(context.getDocument()));
  return {
    OperationDefinition(op) {
      if (depthOf(op.selectionSet) > MAX_DEPTH)
        context.reportError(
          new GraphQLError(t('queryTooDeep', { max: MAX_DEPTH }), {
            nodes: [op],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
        );
    },
  };
}

/** Refuses operations of a type the schema does not serve (there are no subscriptions). */
export function knownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(op) {
      if (!context.getSchema().getRootType(op.operation))
        context.reportError(
          new GraphQLError(t('operationNotSupported', { operation: op.operation }), {
            nodes: [op],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
        );
    },
  };
}

/** Refuses documents with more than MAX_ALIASES aliases. */
export function aliasLimit(context: ValidationContext): ASTVisitor {
  let count = 0;
  let reported = false;
  return {
    Field(node) {
      if (node.alias) count++;
      if (count > MAX_ALIASES && !reported) {
        reported = true;
        context.reportError(new GraphQLError(t('tooManyAliases', { max: MAX_ALIASES }), { nodes: [node] }));
      }
    },
  };
}

/**
 * The cost of an operation: each field costs 1; a field that takes `first`
 * multiplies its selection by it (default 50); other list fields (but a
 * connection's `edges`) by 10. A fragment's cost is computed once (it
 * depends only on its own type condition and the variables).
 */
export function cost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
) {
  const fragments = fragmentsOf(document);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation) return 0;
  const argValue = (node: FieldNode, name: string): unknown => {
    const arg = node.arguments?.find((a) => a.name.value === name);
    if (!arg) return undefined;
    if (arg.value.kind === Kind.VARIABLE) return variables[arg.value.name.value];
    return arg.value.kind === Kind.INT ? Number(arg.value.value) : undefined;
  };
  const memo = new Map<string, number>();
  const fragmentCost = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    memo.set(name, 0); // a cycle (refused by graphql-js's own rule) costs nothing more
    const frag = fragments.get(name);
    const total = walk(
      frag?.selectionSet,
      frag ? (schema.getType(frag.typeCondition.name.value) ?? undefined) : undefined,
    );
    memo.set(name, total);
    return total;
  };
  const walk = (set: SelectionSetNode | undefined, type: GraphQLNamedType | undefined): number => {
    if (!set || !type) return 0;
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[sel.name.value] : undefined;
        if (!field) continue;
        const child = walk(sel.selectionSet, getNamedType(field.type));
        let factor = 1;
        if (field.args.some((a) => a.name === 'first')) {
          const first = argValue(sel, 'first');
          factor = typeof first === 'number' ? Math.max(1, first) : 50;
        } else if (isListType(getNullableType(field.type)) && sel.name.value !== 'edges') factor = 10; // a connection's edges are already counted by `first`
        total += 1 + child * factor;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        total += walk(sel.selectionSet, t ?? undefined);
      } else total += fragmentCost(sel.name.value);
    }
    return total;
  };
  return walk(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

/** The cost refusal: before execution, HTTP 400, GRAPHQL_VALIDATION_FAILED. */
export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): void {
  const total = Math.min(cost(schema, document, variables, operationName), Number.MAX_SAFE_INTEGER);
  if (total > MAX_COST)
    throw new GraphQLError(t('queryTooComplex', { cost: total, max: MAX_COST }), {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost: total, maxCost: MAX_COST, http: { status: 400 } },
    });
}
