import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** The fields directly under these selection sets, through inline fragments and fragment spreads. */
function fieldsUnder(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[]): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === 'Field') found.push(s);
      else if (s.kind === 'InlineFragment') visit(s.selectionSet, seen);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = info.fragments[s.name.value];
        if (fragment) visit(fragment.selectionSet, seen);
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return found;
}

const setsOf = (fields: readonly FieldNode[]) => fields.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));

/**
 * The names of the fields the query asks for at `path` below the field
 * being resolved (e.g. ['groups', 'alerts', 'member'] → {'id'}), or null
 * when it does not ask for `path`: a list's resolver loads in one batch what
 * its items would otherwise each ask for, and nothing it is not asked for.
 * Directives (@skip, @include) are not evaluated: a skipped field counts.
 */
export function selectedUnder(info: GraphQLResolveInfo, path: readonly string[]): Set<string> | null {
  let fields: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    fields = fieldsUnder(info, setsOf(fields)).filter((f) => f.name.value === name);
    if (!fields.length) return null;
  }
  return new Set(fieldsUnder(info, setsOf(fields)).map((f) => f.name.value));
}

/** Whether a selection (of selectedUnder) asks for nothing of a record but its id. */
export function onlyId(selected: Set<string>): boolean {
  return [...selected].every((n) => n === 'id' || n === '__typename');
}
