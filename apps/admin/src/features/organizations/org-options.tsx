import {
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
  ORGANIZATION_SECTOR_LABELS,
  ORGANIZATION_SECTORS,
  type OrganizationKind,
  type OrganizationSector,
} from '@dangvu/schema';
import { useI18n } from '../../app/i18n';

/** The kinds to choose from (all by default). */
export function KindOptions({ kinds = ORGANIZATION_KINDS }: { kinds?: readonly OrganizationKind[] }) {
  const { l } = useI18n();
  return (
    <>
      {kinds.map((k) => (
        <option key={k} value={k}>
          {l(ORGANIZATION_KIND_LABELS, k)}
        </option>
      ))}
    </>
  );
}

export function SectorOptions() {
  const { l } = useI18n();
  return (
    <>
      {ORGANIZATION_SECTORS.map((s) => (
        <option key={s} value={s}>
          {l(ORGANIZATION_SECTOR_LABELS, s)}
        </option>
      ))}
    </>
  );
}

/** The usual kind of an organisation directly under one of the given kind. */
export function childKindOf(parent: OrganizationKind | null): OrganizationKind {
  switch (parent) {
    case null:
      return 'PROVINCIAL_COMMITTEE';
    case 'PROVINCIAL_COMMITTEE':
      return 'DISTRICT_COMMITTEE';
    case 'DISTRICT_COMMITTEE':
      return 'GRASSROOTS_COMMITTEE';
    case 'COMMUNE_LEVEL_COMMITTEE':
      return 'GRASSROOTS_CELL';
    default:
      return 'SUBORDINATE_CELL';
  }
}

/** The usual sector for an organisation of the kind. */
export function defaultSectorOf(kind: OrganizationKind): OrganizationSector {
  if (kind === 'GRASSROOTS_COMMITTEE' || kind === 'COMMUNE_LEVEL_COMMITTEE') return 'COMMUNE';
  if (kind === 'SUBORDINATE_CELL') return 'VILLAGE';
  return 'OTHER';
}
