/** UI text of the audit log's filters (Vietnamese first; English with the same keys). */
export const auditVi = {
  auditUser: 'Người thực hiện',
  auditAction: 'Thao tác',
  allUsers: 'Tất cả người dùng',
  allActions: 'Tất cả thao tác',
};

export const auditEn: Record<keyof typeof auditVi, string> = {
  auditUser: 'Done by',
  auditAction: 'Action',
  allUsers: 'All users',
  allActions: 'All actions',
};

declare module '../../app/i18n' {
  interface Messages extends Record<keyof typeof auditVi, string> {}
}
