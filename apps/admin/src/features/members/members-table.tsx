import { GENDER_LABELS, MEMBER_STATUS_LABELS, type MemberSortField } from '@dangvu/schema';
import type { MessageKey } from '../../app/i18n';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { formatDate } from '../../shared/format';
import { None } from '../../shared/none';
import type { MemberOrder, MemberRow } from './members.documents';

interface MembersTableProps {
  rows: MemberRow[];
  order: MemberOrder;
  onOrder: (order: MemberOrder) => void;
  loading: boolean;
  /** The ids picked for a bulk action (a checkbox on each row and one for the page). */
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], picked: boolean) => void;
}

export const memberPath = (id: string) => `/members/${encodeURIComponent(id)}`;

/** The members of one page; the headers of sortable columns toggle the order. */
export function MembersTable({ rows, order, onOrder, loading, selected, onSelect }: MembersTableProps) {
  const { t, l } = useI18n();
  const all = rows.length > 0 && rows.every((m) => selected.has(m.id));
  const some = rows.some((m) => selected.has(m.id));
  const sortable = (field: MemberSortField, label: MessageKey) => {
    const active = order.field === field;
    const next: MemberOrder = { field, direction: active && order.direction === 'ASC' ? 'DESC' : 'ASC' };
    return (
      <th aria-sort={active ? (order.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="sort-button"
          data-testid={`members-sort-${field}`}
          title={next.direction === 'ASC' ? t('sortAsc') : t('sortDesc')}
          onClick={() => onOrder(next)}
        >
          {t(label)}
          <span className="sort-mark" aria-hidden="true">
            {active ? (order.direction === 'ASC' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };
  return (
    <table className="table table-compact" data-testid="members-table" aria-busy={loading}>
      <thead>
        <tr>
          <th className="col-select">
            <input
              type="checkbox"
              data-testid="members-select-all"
              aria-label={t('selectAllOnPage')}
              checked={all}
              ref={(el) => {
                if (el) el.indeterminate = some && !all;
              }}
              disabled={rows.length === 0}
              onChange={(e) =>
                onSelect(
                  rows.map((m) => m.id),
                  e.target.checked,
                )
              }
            />
          </th>
          {sortable('FULL_NAME', 'fullName')}
          {sortable('CARD_NUMBER', 'cardNumber')}
          <th className="col-optional">{t('gender')}</th>
          {sortable('DATE_OF_BIRTH', 'dateOfBirth')}
          <th className="col-optional">{t('ethnicity')}</th>
          <th>{t('cell')}</th>
          <th>{t('status')}</th>
          {sortable('ADMITTED_ON', 'admittedOn')}
          <th className="col-optional">{t('partyYears')}</th>
          <th>{t('nextBadge')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.id} data-testid={`member-row-${m.id}`} aria-selected={selected.has(m.id)}>
            <td className="col-select">
              <input
                type="checkbox"
                data-testid={`member-select-${m.id}`}
                aria-label={t('selectMember', { name: m.fullName })}
                checked={selected.has(m.id)}
                onChange={(e) => onSelect([m.id], e.target.checked)}
              />
            </td>
            <td className="col-name">
              <Link to={memberPath(m.id)} className="member-name">
                {m.fullName}
              </Link>
            </td>
            <td className="mono">{m.cardNumber ?? <None />}</td>
            <td className="col-optional">{l(GENDER_LABELS, m.gender)}</td>
            <td className="nowrap">{formatDate(m.dateOfBirth)}</td>
            <td className="col-optional">{m.ethnicity}</td>
            <td>{m.organization.name}</td>
            <td>
              <span className={`badge badge-member-${m.status.toLowerCase()}`}>
                {l(MEMBER_STATUS_LABELS, m.status)}
              </span>
              {m.exempt ? <span className="badge badge-merged">{t('exemptBadge')}</span> : null}
            </td>
            <td className="nowrap">{formatDate(m.admittedOn)}</td>
            <td className="num col-optional">{m.partyYears}</td>
            <td className="nowrap">
              {m.nextBadge ? (
                t('badgeValue', { years: m.nextBadge.years, date: formatDate(m.nextBadge.awardOn) })
              ) : (
                <None />
              )}
            </td>
          </tr>
        ))}
        {rows.length === 0 ? (
          <tr>
            <td colSpan={11} className="muted">
              {loading ? t('loading') : t('noData')}
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
