import type { TransferStatus } from '@dangvu/schema';
import { gql } from 'urql';

interface OrgName {
  id: string;
  code: string;
  name: string;
}

export interface TransferRow {
  id: string;
  status: TransferStatus;
  requestedOn: string;
  decidedAt: string | null;
  reason: string | null;
  decisionNote: string | null;
  version: number;
  member: { id: string; fullName: string; cardNumber: string | null };
  fromOrganization: OrgName;
  /** `ancestors` are those within the caller's scope: whether the transfer comes in. */
  toOrganization: OrgName & { ancestors: { id: string }[] };
}

const TRANSFER = `
  id
  status
  requestedOn
  decidedAt
  reason
  decisionNote
  version
  member { id fullName cardNumber }
  fromOrganization { id code name }
  toOrganization { id code name ancestors { id } }
`;

export const TransfersQuery = gql<{ transfers: TransferRow[] }, { statuses: TransferStatus[] | null }>`
  query Transfers($statuses: [TransferStatus!]) {
    transfers(statuses: $statuses) { ${TRANSFER} }
  }
`;

export const AcceptTransferMutation = gql<{ acceptTransfer: TransferRow }, { id: string; version: number }>`
  mutation AcceptTransfer($id: ID!, $version: Int!) {
    acceptTransfer(id: $id, version: $version) { ${TRANSFER} }
  }
`;

export const RejectTransferMutation = gql<
  { rejectTransfer: TransferRow },
  { id: string; version: number; reason: string | null }
>`
  mutation RejectTransfer($id: ID!, $version: Int!, $reason: String) {
    rejectTransfer(id: $id, version: $version, reason: $reason) { ${TRANSFER} }
  }
`;
