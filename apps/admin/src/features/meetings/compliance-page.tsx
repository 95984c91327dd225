import { useNavigate, useSearch } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { useSession } from '../../app/session';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { todayIso, yearOptions } from '../../shared/format';
import { WithinFilter } from '../organizations/org-choices';
import { OrganizationQuery } from '../organizations/organizations.documents';
import { meetingsPath } from './cell-meetings-page';
import { MeetingComplianceQuery } from './meetings.documents';

const int = (v: unknown, min: number, max: number) => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

/** The last full quarter before today: what a commune reports on. */
function lastQuarter(): { year: number; quarter: number } {
  const [y, m] = todayIso().split('-').map(Number);
  const q = Math.floor((m - 1) / 3) + 1;
  return q === 1 ? { year: y - 1, quarter: 4 } : { year: y, quarter: q - 1 };
}

/**
 * `/meeting-compliance?within=…&year=…&quarter=…`: each active cell of a
 * commune or district (the caller's scope by default) with its regular and
 * thematic meetings of the quarter, the months it missed and whether it kept
 * the rule (a regular meeting every month, a thematic one in the quarter).
 */
export function MeetingCompliancePage() {
  const { t } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { within?: unknown; year?: unknown; quarter?: unknown };
  const withinParam = typeof search.within === 'string' && search.within ? search.within : undefined;
  const last = lastQuarter();
  const year = int(search.year, 1930, 2100) ?? last.year;
  const quarter = int(search.quarter, 1, 4) ?? last.quarter;
  const withinId = withinParam ?? user.scope?.id ?? null;
  const go = (next: { within?: string; year: number; quarter: number }) =>
    void navigate({ to: '/meeting-compliance', search: next as never, replace: true });
  const [named] = useQuery({ query: OrganizationQuery, variables: { id: withinParam ?? '' }, pause: !withinParam });
  const [{ data, error, fetching }] = useQuery({
    query: MeetingComplianceQuery,
    variables: { withinId: withinId ?? '', year, quarter },
    pause: !withinId,
  });
  const chosen = withinParam ? (named.data?.organization ?? null) : user.scope;
  const rows = data?.meetingCompliance ?? [];
  const ok = rows.filter((r) => r.compliant).length;
  // up to this year (the api counts quarters from 1930 to the current year)
  const years = yearOptions(Number(todayIso().slice(0, 4)), 8, year);

  return (
    <div className="page compliance-page" data-testid="meeting-compliance">
      <div className="page-header">
        <h1>{t('complianceTitle')}</h1>
      </div>
      <div className="filters filters-row">
        <WithinFilter
          selected={chosen ? [chosen] : []}
          onChange={(orgs) => go({ within: orgs[0]?.id, year, quarter })}
        />
        <Choice
          label={t('complianceYear')}
          testid="compliance-year"
          value={year}
          options={years}
          onChange={(y) => go({ within: withinParam, year: y, quarter })}
        />
        <Choice
          label={t('complianceQuarter')}
          testid="compliance-quarter"
          value={quarter}
          options={[1, 2, 3, 4]}
          onChange={(q) => go({ within: withinParam, year, quarter: q })}
        />
      </div>
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      {!withinId ? <p className="muted">{t('compliancePickScope')}</p> : null}
      {data ? (
        <p className="muted" data-testid="compliance-summary">
          {data.organization?.name} · {t('complianceSummary', { ok, n: rows.length, quarter, year })}
        </p>
      ) : null}
      {data && rows.length === 0 ? <p className="muted">{t('complianceNone')}</p> : null}
      {rows.length ? (
        <table className="table" data-testid="compliance-table" aria-busy={fetching}>
          <thead>
            <tr>
              <th>{t('complianceCell')}</th>
              <th className="num">{t('complianceRegular')}</th>
              <th className="num">{t('complianceThematic')}</th>
              <th className="num">{t('complianceMissed')}</th>
              <th>{t('complianceOk')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.organization.id} data-testid={`compliance-${r.organization.code}`}>
                <td>
                  <Link to={meetingsPath(r.organization.id)}>{r.organization.name}</Link>{' '}
                  <span className="muted small">{r.organization.parent?.name}</span>
                </td>
                <td className="num">{r.regularMeetings}</td>
                <td className="num">{r.thematicMeetings}</td>
                <td className="num">{r.monthsMissed}</td>
                <td>
                  <span className={`badge ${r.compliant ? 'badge-compliant' : 'badge-noncompliant'}`}>
                    {t(r.compliant ? 'complianceYes' : 'complianceNo')}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

/** A labelled choice among a few numbers (the year, the quarter). */
function Choice(props: {
  label: string;
  testid: string;
  value: number;
  options: number[];
  onChange: (n: number) => void;
}) {
  return (
    <label>
      {props.label}
      <select data-testid={props.testid} value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.options.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}
