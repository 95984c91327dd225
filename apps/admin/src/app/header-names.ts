/** Names in the header: whether a display name already says the role. */
const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/**
 * True when a display name already says the role: it starts with the role's
 * office, the label less its level (“Văn phòng Đảng ủy thị trấn Lăng Can”
 * for “Văn phòng Đảng ủy xã”, “Ban Tổ chức Tỉnh ủy Lào Cai” for “Ban Tổ chức
 * Huyện ủy”), so the header does not repeat it.
 */
export function nameSaysRole(displayName: string, roleLabel: string): boolean {
  const office = fold(roleLabel).split(' ').slice(0, -2).join(' ');
  return office.length > 0 && fold(displayName).startsWith(office);
}
