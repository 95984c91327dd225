import { graphql, type ResultOf } from '../../graphql';
import { OrgRefFragment } from '../organizations/organizations.documents';

/** A transfer as the list shows it; `toOrganization.ancestors` are those in the caller's scope: whether it comes in. */
export const TransferRowFragment = graphql(
  `
  fragment TransferRow on Transfer {
    id
    status
    requestedOn
    decidedAt
    reason
    decisionNote
    version
    member { id fullName cardNumber }
    fromOrganization { ...OrgRef }
    toOrganization { ...OrgRef ancestors { id } }
  }
`,
  [OrgRefFragment],
);
export type TransferRow = ResultOf<typeof TransferRowFragment>;

export const TransfersQuery = graphql(
  `
  query Transfers($statuses: [TransferStatus!]) {
    transfers(statuses: $statuses) { ...TransferRow }
  }
`,
  [TransferRowFragment],
);

export const AcceptTransferMutation = graphql(
  `
  mutation AcceptTransfer($id: ID!, $version: Int!) {
    acceptTransfer(id: $id, version: $version) { ...TransferRow }
  }
`,
  [TransferRowFragment],
);

export const RejectTransferMutation = graphql(
  `
  mutation RejectTransfer($id: ID!, $version: Int!, $reason: String) {
    rejectTransfer(id: $id, version: $version, reason: $reason) { ...TransferRow }
  }
`,
  [TransferRowFragment],
);
