/** One demo account per role, one for Lào Cai's province, and the boards of seeds 002 to 004; all share the demo password. */
export const DEMO_PASSWORD = 'dangvu2025';
export const DEMO_USERS = [
  { username: 'lambinh.tochuc', displayName: 'Ban Tổ chức Huyện ủy Lâm Bình', role: 'DISTRICT_ADMIN', scope: 'LB' },
  {
    username: 'lambinh.kiemtra',
    displayName: 'Ủy ban Kiểm tra Huyện ủy Lâm Bình',
    role: 'DISTRICT_INSPECTOR',
    scope: 'LB',
  },
  {
    username: 'langcan.vanphong',
    displayName: 'Văn phòng Đảng ủy thị trấn Lăng Can',
    role: 'COMMUNE_ADMIN',
    scope: 'LB-LC',
  },
  {
    username: 'langcan.kiemtra',
    displayName: 'Ủy ban Kiểm tra Đảng ủy thị trấn Lăng Can',
    role: 'COMMUNE_INSPECTOR',
    scope: 'LB-LC',
  },
  { username: 'nahang.tochuc', displayName: 'Ban Tổ chức Huyện ủy Na Hang', role: 'DISTRICT_ADMIN', scope: 'NH' },
  /** The province's organisation board: the level above its 14 committees (seed 001). */
  { username: 'laocai.tochuc', displayName: 'Ban Tổ chức Tỉnh ủy Lào Cai', role: 'DISTRICT_ADMIN', scope: 'LC' },
  /** Its inspection committee: the province's, its committees' and their grassroots committees' inspections. */
  {
    username: 'laocai.kiemtra',
    displayName: 'Ủy ban Kiểm tra Tỉnh ủy Lào Cai',
    role: 'DISTRICT_INSPECTOR',
    scope: 'LC',
  },
  /** Seeds 002 to 004: Tuần Giáo and Sốp Cộp, each district's two boards; Vân Khánh's commune roles. */
  {
    username: 'tuangiao.tochuc',
    displayName: 'Ban Tổ chức Huyện ủy Tuần Giáo',
    role: 'DISTRICT_ADMIN',
    scope: 'DB-TG',
  },
  {
    username: 'tuangiao.kiemtra',
    displayName: 'Ủy ban Kiểm tra Huyện ủy Tuần Giáo',
    role: 'DISTRICT_INSPECTOR',
    scope: 'DB-TG',
  },
  { username: 'sopcop.tochuc', displayName: 'Ban Tổ chức Huyện ủy Sốp Cộp', role: 'DISTRICT_ADMIN', scope: 'SL-SC' },
  {
    username: 'sopcop.kiemtra',
    displayName: 'Ủy ban Kiểm tra Huyện ủy Sốp Cộp',
    role: 'DISTRICT_INSPECTOR',
    scope: 'SL-SC',
  },
  {
    username: 'vankhanh.vanphong',
    displayName: 'Văn phòng Đảng ủy xã Vân Khánh',
    role: 'COMMUNE_ADMIN',
    scope: 'KG-AM-01',
  },
  {
    username: 'vankhanh.kiemtra',
    displayName: 'Ủy ban Kiểm tra Đảng ủy xã Vân Khánh',
    role: 'COMMUNE_INSPECTOR',
    scope: 'KG-AM-01',
  },
] as const;
