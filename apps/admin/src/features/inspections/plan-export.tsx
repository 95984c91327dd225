import { INSPECTION_KIND_LABELS, INSPECTION_OUTCOME_LABELS, INSPECTION_STATUS_LABELS } from '@dangvu/schema';
import { useState } from 'react';
import { type OperationResult, useClient } from 'urql';
import { useI18n } from '../../app/i18n';
import type { ResultOf } from '../../graphql';
import { formatDate } from '../../shared/format';
import { saveFile } from '../../shared/save-file';
import { type InspectionFilter, type InspectionRow, InspectionsQuery } from './inspections.documents';

/** The most the export reads (25 pages of 200). */
const EXPORT_LIMIT = 5000;
const PAGE = 200;

const cell = (v: string) => (/[",;\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Rows as a CSV a spreadsheet opens: UTF-8 with a BOM (so Excel reads the Vietnamese), CRLF lines. */
export function csvBlob(rows: readonly (readonly string[])[]): Blob {
  const text = rows.map((r) => r.map(cell).join(',')).join('\r\n');
  return new Blob([`\uFEFF${text}\r\n`], { type: 'text/csv;charset=utf-8' });
}

interface ExportProps {
  filter: InspectionFilter;
  year: number;
  /** A member's inspections, already read; null: read the plan from the api, page by page. */
  rows: InspectionRow[] | null;
}

/** Kế hoạch kiểm tra, giám sát: every inspection of the plan as it is filtered, as a spreadsheet (CSV). */
export function PlanExportButton({ filter, year, rows }: ExportProps) {
  const { t, l } = useI18n();
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function all(): Promise<InspectionRow[]> {
    if (rows) return rows;
    const out: InspectionRow[] = [];
    let after: string | null = null;
    while (out.length < EXPORT_LIMIT) {
      const result: OperationResult<ResultOf<typeof InspectionsQuery>> = await client
        .query(InspectionsQuery, { filter, first: PAGE, after }, { requestPolicy: 'network-only' })
        .toPromise();
      const page: ResultOf<typeof InspectionsQuery>['inspections'] | undefined = result.data?.inspections;
      if (!page) throw result.error ?? new Error('export');
      out.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }
    return out;
  }

  async function run() {
    setBusy(true);
    setFailed(false);
    try {
      const list = await all();
      const header = [
        t('inspectionCode'),
        t('inspectionKind'),
        t('inspectionTitle'),
        t('inspectionConductedBy'),
        t('inspectionSubjectOrgs'),
        t('inspectionSubjectMembers'),
        t('inspectionPlannedStart'),
        t('inspectionPlannedEnd'),
        t('status'),
        t('inspectionStartedOn'),
        t('inspectionConcludedOn'),
        t('inspectionOutcome'),
      ];
      const lines = list.map((i) => [
        i.code,
        l(INSPECTION_KIND_LABELS, i.kind),
        i.title,
        i.conductedBy.name,
        i.subjectOrganizations.map((o) => `${o.name} (${o.code})`).join('; '),
        i.subjectMembers.map((m) => m.fullName).join('; '),
        formatDate(i.plannedStartOn),
        formatDate(i.plannedEndOn),
        l(INSPECTION_STATUS_LABELS, i.status),
        formatDate(i.startedOn),
        formatDate(i.concludedOn),
        i.outcome ? l(INSPECTION_OUTCOME_LABELS, i.outcome) : '',
      ]);
      saveFile(csvBlob([[t('planTitle', { year })], [], header, ...lines]), `ke-hoach-kiem-tra-${year}.csv`);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="btn" data-testid="plan-export" disabled={busy} onClick={() => void run()}>
        {busy ? t('loading') : t('planExport')}
      </button>
      {failed ? (
        <span className="field-error" role="alert">
          {t('planExportFailed')}
        </span>
      ) : null}
    </>
  );
}
