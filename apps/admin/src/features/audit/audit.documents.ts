import { gql } from 'urql';

export interface AuditEntry {
  id: string;
  at: string;
  user: { id: string; username: string; displayName: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  /** Field → { from, to } */
  changes: unknown;
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  userId?: string;
  action?: string;
  from?: string;
  to?: string;
}

export const AuditLogQuery = gql<
  {
    auditLog: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: AuditEntry }[];
    };
  },
  { filter: AuditFilter; first: number; after: string | null }
>`
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
`;
