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

function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      max = Math.max(max, 1 + depthOf(sel.selectionSet, fragments, seen));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(sel.selectionSet, fragments, seen));
    } else {
      const name = sel.name.value;
      if (seen.has(name)) continue;
      const frag = fragments.get(name);
      max = Math.max(max, depthOf(frag?.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return max;
}

/** Refuses operations nested deeper than MAX_DEPTH fields (introspection fields aside). */
export function depthLimit(context: ValidationContext): ASTVisitor {
  const doc = context.getDocument();
  const fragments = new Map(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return {
    OperationDefinition(op) {
      const depth = depthOf(op.selectionSet, fragments, new Set());
      if (depth > MAX_DEPTH)
        context.reportError(new GraphQLError(t('queryTooDeep', { max: MAX_DEPTH }), { nodes: [op] }));
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
 * connection's `edges`) by 10.
 */
export function cost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName))
      operation ??= d;
  }
  if (!operation) return 0;
  const argValue = (node: FieldNode, name: string): unknown => {
    const arg = node.arguments?.find((a) => a.name.value === name);
    if (!arg) return undefined;
    if (arg.value.kind === Kind.VARIABLE) return variables[arg.value.name.value];
    return arg.value.kind === Kind.INT ? Number(arg.value.value) : undefined;
  };
  const walk = (set: SelectionSetNode | undefined, type: GraphQLNamedType | undefined, seen: Set<string>): number => {
    if (!set || !type) return 0;
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[sel.name.value] : undefined;
        if (!field) continue;
        const child = walk(sel.selectionSet, getNamedType(field.type), seen);
        let factor = 1;
        if (field.args.some((a) => a.name === 'first')) {
          const first = argValue(sel, 'first');
          factor = typeof first === 'number' ? Math.max(1, first) : 50;
        } else if (isListType(getNullableType(field.type)) && sel.name.value !== 'edges') factor = 10; // a connection's edges are already counted by `first`
        total += 1 + child * factor;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        total += walk(sel.selectionSet, t ?? undefined, seen);
      } else if (!seen.has(sel.name.value)) {
        const frag = fragments.get(sel.name.value);
        const t = frag ? schema.getType(frag.typeCondition.name.value) : undefined;
        total += walk(frag?.selectionSet, t ?? undefined, new Set([...seen, sel.name.value]));
      }
    }
    return total;
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return walk(operation.selectionSet, root ?? undefined, new Set());
}
