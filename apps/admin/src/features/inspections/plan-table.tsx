import {
  INSPECTION_KIND_LABELS,
  INSPECTION_STATUS_LABELS,
  INSPECTION_STATUSES,
  type InspectionStatus,
} from '@dangvu/schema';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { formatDate } from '../../shared/format';
import { type InspectionFilter, type InspectionRow, InspectionStatusCountsQuery } from './inspections.documents';
import { byMonth, inspectionPath, monthStatusCounts } from './inspections-search';

const FIRST_YEAR = 2015;

/** The plan's year: previous, a select, next. */
export function PlanYear({ year, onYear }: { year: number; onYear: (year: number) => void }) {
  const { t } = useI18n();
  const last = Math.max(new Date().getFullYear() + 1, year);
  const years = Array.from({ length: last - Math.min(FIRST_YEAR, year) + 1 }, (_, i) => last - i);
  return (
    <div className="plan-year button-row">
      <button
        type="button"
        className="btn"
        data-testid="plan-year-prev"
        aria-label={t('planPrevYear')}
        onClick={() => onYear(year - 1)}
      >
        ‹
      </button>
      <select
        data-testid="plan-year"
        aria-label={t('planYear')}
        value={year}
        onChange={(e) => onYear(Number(e.target.value))}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="btn"
        data-testid="plan-year-next"
        aria-label={t('planNextYear')}
        onClick={() => onYear(year + 1)}
      >
        ›
      </button>
    </div>
  );
}

const withStatus = (filter: InspectionFilter, status: InspectionStatus | null): InspectionFilter => {
  const { statuses: _ignored, ...rest } = filter;
  return status ? { ...rest, statuses: [status] } : rest;
};

interface ChipsProps {
  /** The year's selector, first in the row. */
  year: ReactNode;
  filter: InspectionFilter;
  /** A member's inspections, counted here; null: counted by the api. */
  rows: InspectionRow[] | null;
  selected: InspectionStatus[];
  onChange: (statuses: InspectionStatus[]) => void;
}

/** The year's count in each status; a chip toggles that status in the filter. */
export function PlanStatusChips({ year, filter, rows, selected, onChange }: ChipsProps) {
  const { t, l, lang } = useI18n();
  const [{ data }] = useQuery({
    query: InspectionStatusCountsQuery,
    variables: {
      filter: withStatus(filter, null),
      planned: withStatus(filter, 'PLANNED'),
      inProgress: withStatus(filter, 'IN_PROGRESS'),
      concluded: withStatus(filter, 'CONCLUDED'),
      cancelled: withStatus(filter, 'CANCELLED'),
    },
    pause: rows !== null,
  });
  const apiCount: Record<InspectionStatus, number | undefined> = {
    PLANNED: data?.planned.totalCount,
    IN_PROGRESS: data?.inProgress.totalCount,
    CONCLUDED: data?.concluded.totalCount,
    CANCELLED: data?.cancelled.totalCount,
  };
  const count = (s: InspectionStatus) => (rows ? rows.filter((r) => r.status === s).length : apiCount[s]);
  const total = rows ? rows.length : data?.all.totalCount;
  const n = (v: number | undefined) => (v === undefined ? '…' : v.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB'));
  return (
    <div className="status-chips" data-testid="plan-statuses">
      {year}
      <span className="muted" data-testid="plan-total">
        {t('planTotal', { n: n(total) })}
      </span>
      {INSPECTION_STATUSES.map((s) => {
        const on = selected.includes(s);
        return (
          <button
            key={s}
            type="button"
            className={`status-chip status-${s.toLowerCase()}${on ? ' status-chip-on' : ''}`}
            aria-pressed={on}
            data-testid={`plan-status-${s}`}
            onClick={() => onChange(on ? selected.filter((x) => x !== s) : [...selected, s])}
          >
            {l(INSPECTION_STATUS_LABELS, s)} <strong data-testid={`plan-count-${s}`}>{n(count(s))}</strong>
          </button>
        );
      })}
    </div>
  );
}

/** A status as a coloured badge. */
export function StatusBadge({ status }: { status: InspectionStatus }) {
  const { l } = useI18n();
  return (
    <span className={`badge status-${status.toLowerCase()}`} data-testid="inspection-status" data-status={status}>
      {l(INSPECTION_STATUS_LABELS, status)}
    </span>
  );
}

/** Month by month: how many inspections start in it, in each status (of the rows shown). */
function MonthStrip({ rows }: { rows: InspectionRow[] }) {
  const { t, l } = useI18n();
  const counts = monthStatusCounts(rows);
  return (
    <ol className="month-strip" aria-label={t('planByMonth')} data-testid="plan-months">
      {counts.map((c, i) => {
        const month = String(i + 1).padStart(2, '0');
        return (
          <li key={month} data-testid={`plan-month-${month}`}>
            <span className="month-name">{t('monthShort', { m: i + 1 })}</span>
            <span className="month-counts">
              {INSPECTION_STATUSES.filter((s) => c[s] > 0).map((s) => (
                <span
                  key={s}
                  className={`month-count status-${s.toLowerCase()}`}
                  title={l(INSPECTION_STATUS_LABELS, s)}
                  data-status={s}
                >
                  {c[s]}
                </span>
              ))}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

const SHOWN = 3;

/** The first subjects by name, then how many more. */
function SubjectNames({ row }: { row: InspectionRow }) {
  const { t } = useI18n();
  const names = [...row.subjectOrganizations.map((o) => o.name), ...row.subjectMembers.map((m) => m.fullName)];
  return (
    <>
      {names.slice(0, SHOWN).join(', ')}
      {names.length > SHOWN ? <span className="muted"> {t('andMore', { n: names.length - SHOWN })}</span> : null}
    </>
  );
}

/** The inspections grouped by the month of their planned start, each with its subjects, period and status. */
export function PlanTable({ rows, loading }: { rows: InspectionRow[]; loading: boolean }) {
  const { t, l } = useI18n();
  return (
    <>
      <MonthStrip rows={rows} />
      <table className="table table-compact plan-table" data-testid="plan-table" aria-busy={loading}>
        <thead>
          <tr>
            <th>{t('inspectionCode')}</th>
            <th>{t('inspectionTitle')}</th>
            <th>{t('inspectionSubjects')}</th>
            <th>{t('inspectionPlannedPeriod')}</th>
            <th>{t('status')}</th>
          </tr>
        </thead>
        {byMonth(rows).map((group) => (
          <tbody key={group.month} data-testid={`plan-month-group-${group.month}`}>
            <tr className="month-row">
              <th colSpan={5} scope="colgroup">
                {t('monthTitle', { m: Number(group.month.slice(5)), y: group.month.slice(0, 4) })}{' '}
                <span className="muted small">· {t('planCount', { n: group.rows.length })}</span>
              </th>
            </tr>
            {group.rows.map((i) => (
              <tr key={i.id} data-testid={`inspection-row-${i.id}`} data-status={i.status}>
                <td className="mono nowrap">{i.code}</td>
                <td>
                  <Link to={inspectionPath(i.id)} className="inspection-link">
                    {i.title}
                  </Link>
                  <div className="muted small">
                    {l(INSPECTION_KIND_LABELS, i.kind)} · {i.conductedBy.name}
                  </div>
                </td>
                <td className="subjects-cell">
                  <SubjectNames row={i} />
                </td>
                <td className="nowrap">
                  {formatDate(i.plannedStartOn)} – {formatDate(i.plannedEndOn)}
                </td>
                <td>
                  <StatusBadge status={i.status} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
        {rows.length === 0 ? (
          <tbody>
            <tr>
              <td colSpan={5} className="muted">
                {loading ? t('loading') : t('noData')}
              </td>
            </tr>
          </tbody>
        ) : null}
      </table>
    </>
  );
}
