import type { MessageKey } from '../../app/i18n';
import type { Indicators } from './cadres.documents';

type Key = keyof Indicators;

/** One line of the indicators page: `x / y`, where y is what x is counted among. */
export interface IndicatorLine {
  id: Key;
  label: MessageKey;
  of: MessageKey;
  value: number;
  total: number;
}

/**
 * The indicators of seed articles 000 and 003 as shares: secretaries placed
 * among grassroots organisations, non-local and "also chair" among the
 * secretaries, village cells whose secretary is the village head and village
 * heads who are not members among village cells, vacant secretary seats
 * among the active organisations (`activeOrganizations`: today's count).
 */
export function indicatorLines(i: Indicators, activeOrganizations: number): IndicatorLine[] {
  return [
    {
      id: 'secretariesPlaced',
      label: 'indSecretariesPlaced',
      of: 'indOfGrassroots',
      value: i.secretariesPlaced,
      total: i.grassrootsOrganizations,
    },
    {
      id: 'nonLocalSecretaries',
      label: 'indNonLocalSecretaries',
      of: 'indOfSecretaries',
      value: i.nonLocalSecretaries,
      total: i.secretariesPlaced,
    },
    {
      id: 'secretaryAlsoChair',
      label: 'indSecretaryAlsoChair',
      of: 'indOfSecretaries',
      value: i.secretaryAlsoChair,
      total: i.secretariesPlaced,
    },
    {
      id: 'cellSecretaryAlsoVillageHead',
      label: 'indCellSecretaryAlsoVillageHead',
      of: 'indOfVillageCells',
      value: i.cellSecretaryAlsoVillageHead,
      total: i.villageCells,
    },
    {
      id: 'villageHeadsNotMembers',
      label: 'indVillageHeadsNotMembers',
      of: 'indOfVillageCells',
      value: i.villageHeadsNotMembers,
      total: i.villageCells,
    },
    {
      id: 'vacantSecretarySeats',
      label: 'indVacantSecretarySeats',
      of: 'indOfActiveOrganizations',
      value: i.vacantSecretarySeats,
      total: activeOrganizations,
    },
  ];
}

/** A share in percent with one decimal (0 when there is nothing to count among). */
export const percentOf = (value: number, total: number) => (total > 0 ? Math.round((value / total) * 1000) / 10 : 0);

const cell = (v: string | number) => (/[",;\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** The indicators as a CSV a spreadsheet opens (UTF-8 with BOM, so Excel reads the Vietnamese). */
export function indicatorsCsv(
  header: string[],
  lines: { label: string; of: string; value: number; total: number }[],
  title: string[],
): Blob {
  const rows = [
    ...title.map((t) => [t]),
    [],
    header,
    ...lines.map((x) => [x.label, x.value, x.total, percentOf(x.value, x.total), x.of]),
  ];
  const text = rows.map((r) => r.map(cell).join(',')).join('\r\n');
  return new Blob([`\uFEFF${text}\r\n`], { type: 'text/csv;charset=utf-8' });
}
