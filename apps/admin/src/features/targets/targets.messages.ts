/** UI text of the resolution targets (Vietnamese first; English with the same keys). */
export const targetsVi = {
  targetsTitle: 'Chỉ tiêu nghị quyết',
  organization: 'Tổ chức',
  term: 'Nhiệm kỳ',
  metric: 'Chỉ tiêu',
  targetValue: 'Chỉ tiêu đặt ra',
  achievedValue: 'Đã đạt',
  progress: 'Tiến độ',
  noTerms: 'Chưa có nhiệm kỳ nào.',
  noTargets: 'Chưa đặt chỉ tiêu nào cho tổ chức này trong nhiệm kỳ.',
  targetSet: 'Đặt chỉ tiêu',
  targetSetTitle: 'Đặt chỉ tiêu: {org}, {term}',
  targetPercentHint: 'Tính theo phần trăm (%).',
  targetValueInvalid: 'Nhập một số không âm.',
  termCreate: 'Thêm nhiệm kỳ',
  termName: 'Tên nhiệm kỳ',
  termNameHint: 'Ví dụ: Nhiệm kỳ 2025–2030',
  startsOn: 'Từ ngày',
  endsOn: 'Đến ngày',
  pickOrgFirst: 'Chọn một tổ chức.',
} as const;

export const targetsEn: Record<keyof typeof targetsVi, string> = {
  targetsTitle: 'Resolution targets',
  organization: 'Organisation',
  term: 'Term',
  metric: 'Target',
  targetValue: 'Target value',
  achievedValue: 'Achieved',
  progress: 'Progress',
  noTerms: 'No terms yet.',
  noTargets: 'No targets set for this organisation in the term.',
  targetSet: 'Set a target',
  targetSetTitle: 'Set a target: {org}, {term}',
  targetPercentHint: 'In percent (%).',
  targetValueInvalid: 'Enter a number, zero or more.',
  termCreate: 'Add a term',
  termName: 'Term name',
  termNameHint: 'E.g. Nhiệm kỳ 2025–2030',
  startsOn: 'Starts on',
  endsOn: 'Ends on',
  pickOrgFirst: 'Choose an organisation.',
};

declare module '../../app/i18n' {
  interface Messages extends Record<keyof typeof targetsVi, string> {}
}
