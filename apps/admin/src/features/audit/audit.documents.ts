import { graphql, type VariablesOf } from '../../graphql';

/** Who changed what, newest first; `changes` is field → { from, to }. */
export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id
          at
          user { id username displayName }
          action
          entityType
          entityId
          changes
        }
      }
    }
  }
`);
export type AuditFilter = NonNullable<VariablesOf<typeof AuditLogQuery>['filter']>;
