/** UI text of the transfers inbox (Vietnamese first; English with the same keys). */
export const transfersVi = {
  transfersTitle: 'Chuyển sinh hoạt đảng',
  transfersIncoming: 'Chuyển đến',
  transfersOutgoing: 'Chuyển đi',
  allStatuses: 'Tất cả',
  member: 'Đảng viên',
  requestedOn: 'Ngày chuyển',
  decidedAt: 'Ngày quyết định',
  decisionNote: 'Lý do từ chối',
  transferAccept: 'Chấp nhận',
  transferReject: 'Từ chối',
  acceptTitle: 'Tiếp nhận đảng viên {name}',
  acceptConfirm: 'Tiếp nhận {name} từ {from} về {to}? Đảng viên sẽ sinh hoạt tại {to}.',
  rejectTitle: 'Từ chối tiếp nhận {name}',
  rejectReason: 'Lý do từ chối',
  rejectConfirm: 'Từ chối tiếp nhận {name} từ {from}?',
  noTransfers: 'Không có đề nghị chuyển sinh hoạt nào.',
} as const;

export const transfersEn: Record<keyof typeof transfersVi, string> = {
  transfersTitle: 'Party membership transfers',
  transfersIncoming: 'Incoming',
  transfersOutgoing: 'Outgoing',
  allStatuses: 'All',
  member: 'Member',
  requestedOn: 'Transfer date',
  decidedAt: 'Decided at',
  decisionNote: 'Reason for rejection',
  transferAccept: 'Accept',
  transferReject: 'Reject',
  acceptTitle: 'Receive member {name}',
  acceptConfirm: 'Receive {name} from {from} into {to}? The member will belong to {to}.',
  rejectTitle: 'Reject the transfer of {name}',
  rejectReason: 'Reason for rejection',
  rejectConfirm: 'Reject receiving {name} from {from}?',
  noTransfers: 'No transfers.',
};

declare module '../../app/i18n' {
  interface Messages extends Record<keyof typeof transfersVi, string> {}
}
