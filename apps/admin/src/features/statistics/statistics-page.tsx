import { AGE_BAND_LABELS, type AgeBand, THEORY_LEVEL_LABELS, type TheoryLevel } from '@dangvu/schema';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import { type MessageKey, useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { DateInput } from '../../shared/date-input';
import { downloadFile } from '../../shared/download';
import { type ApiProblem, readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { formatDate, todayIso } from '../../shared/format';
import { WithinFilter } from '../organizations/org-choices';
import { OrganizationQuery } from '../organizations/organizations.documents';
import { TermsQuery } from '../targets/targets.documents';
import { TermOptions } from '../targets/term-options';
import { type Statistics, StatisticsQuery } from './statistics.documents';

const day = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

interface PageSearch {
  within?: string;
  asOf?: string;
  term?: string;
}

/** Counts by key as a table with a bar per row, each row's share of the members. */
function BarTable({
  id,
  title,
  rows,
  total,
}: {
  id: string;
  title: string;
  rows: { label: string; count: number }[];
  total: number;
}) {
  const { t, lang } = useI18n();
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <section className="stat-section" data-testid={`stat-${id}`}>
      <h2>{title}</h2>
      <table className="table stat-bars">
        <thead>
          <tr>
            <th>{title}</th>
            <th className="num">{t('statCount')}</th>
            <th className="num">{t('statShare')}</th>
            <th>
              <span className="visually-hidden">{t('statShare')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <td>{r.label}</td>
              <td className="num">{r.count.toLocaleString(locale)}</td>
              <td className="num">
                {(total ? r.count / total : 0).toLocaleString(locale, { style: 'percent', maximumFractionDigits: 1 })}
              </td>
              <td className="stat-bar-cell" aria-hidden="true">
                <div className="stat-bar" style={{ width: `${(r.count / max) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function KeyFigures({ s }: { s: Statistics }) {
  const { t, lang } = useI18n();
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const n = (v: number) => v.toLocaleString(locale);
  const pct = (v: number) => v.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 1 });
  const figures: [string, MessageKey, string, string?][] = [
    ['members', 'statMembers', n(s.members)],
    ['probationary', 'statProbationary', n(s.probationaryMembers)],
    ['female', 'statFemale', pct(s.femaleShare)],
    ['minority', 'statMinority', pct(s.ethnicMinorityShare)],
    ['grassroots', 'statGrassroots', n(s.grassrootsOrganizations)],
    ['cells', 'statSubordinateCells', n(s.subordinateCells)],
    ['admitted', 'statAdmitted', n(s.admittedInTerm), t('statInTerm')],
    ['inspected-organizations', 'statInspectedOrganizations', n(s.inspectedOrganizations), t('statInTerm')],
    ['inspected-members', 'statInspectedMembers', n(s.inspectedMembers), t('statInTerm')],
    ['disciplined', 'statDisciplined', n(s.disciplinedMembers), t('statInTerm')],
  ];
  return (
    <dl className="stat-figures">
      {figures.map(([id, label, value, note]) => (
        <div key={id} className="stat-figure" data-testid={`stat-${id}`}>
          <dt>{t(label)}</dt>
          <dd>{value}</dd>
          {note ? <span className="muted small">{note}</span> : null}
        </div>
      ))}
    </dl>
  );
}

/**
 * `/statistics`: the figures of a subtree (the caller's scope by default;
 * `?within=`) as of a day (`?asOf=`, today by default) within a term
 * (`?term=`, the day's by default): key figures, theory levels and age bands
 * with bars, and the year's report as .xlsx.
 */
export function StatisticsPage() {
  const { t, l } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const withinParam = text(search.within);
  const termId = text(search.term);
  const asOf = day(search.asOf) ?? todayIso();
  const withinId = withinParam ?? user.scope?.id ?? null;
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const go = (next: PageSearch) =>
    void navigate({
      to: '/statistics',
      search: { ...next, asOf: next.asOf === todayIso() ? undefined : next.asOf } as never,
      replace: true,
    });
  const here: PageSearch = { within: withinParam, asOf, term: termId };
  const [named] = useQuery({ query: OrganizationQuery, variables: { id: withinParam ?? '' }, pause: !withinParam });
  const [terms] = useQuery({ query: TermsQuery });
  const [{ data, error, fetching }] = useQuery({
    query: StatisticsQuery,
    variables: { withinId: withinId ?? '', asOf, termId: termId ?? null },
    pause: !withinId,
  });
  const chosen = withinParam ? (named.data?.organization ?? null) : user.scope;
  const s = data?.statistics;
  const year = asOf.slice(0, 4);

  async function download() {
    if (!withinId) return;
    const p = await downloadFile(
      `/export/statistics.xlsx?withinId=${encodeURIComponent(withinId)}&year=${year}`,
      `thong-ke-${year}.xlsx`,
    );
    setProblem(p.codes.length ? p : null);
  }

  return (
    <div className="page statistics-page" data-testid="statistics">
      <div className="page-header">
        <h1>{t('statisticsTitle')}</h1>
        <div className="button-row page-actions">
          <button
            type="button"
            className="btn"
            data-testid="statistics-download"
            disabled={!withinId}
            onClick={download}
          >
            {t('statDownload', { year })}
          </button>
        </div>
      </div>
      <div className="filters filters-row">
        <WithinFilter selected={chosen ? [chosen] : []} onChange={(orgs) => go({ ...here, within: orgs[0]?.id })} />
        <label>
          {t('statAsOfLabel')}
          <DateInput name="asOf" value={asOf} onChange={(v) => go({ ...here, asOf: v || todayIso() })} />
        </label>
        <label>
          {t('statTerm')}
          <select
            id="f-termId"
            data-testid="field-termId"
            value={termId ?? ''}
            onChange={(e) => go({ ...here, term: e.target.value || undefined })}
          >
            <option value="">{t('statTermCurrent')}</option>
            <TermOptions terms={terms.data?.terms ?? []} />
          </select>
        </label>
      </div>
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      {problem ? <ProblemBanner problem={problem} /> : null}
      {!withinId ? <p className="muted">{t('statPickScope')}</p> : null}
      {s ? (
        <div aria-busy={fetching}>
          <p className="muted" data-testid="statistics-scope">
            {t('statScope', { name: s.organization.name, date: formatDate(s.asOf) })}
          </p>
          <KeyFigures s={s} />
          <div className="stat-grid">
            <BarTable
              id="theory-levels"
              title={t('statTheoryLevels')}
              total={s.members}
              rows={s.membersByTheoryLevel.map((c) => ({
                label: l(THEORY_LEVEL_LABELS, c.key as TheoryLevel),
                count: c.count,
              }))}
            />
            <BarTable
              id="age-bands"
              title={t('statAgeBands')}
              total={s.members}
              rows={s.membersByAgeBand.map((c) => ({ label: l(AGE_BAND_LABELS, c.key as AgeBand), count: c.count }))}
            />
          </div>
        </div>
      ) : null}
    </div>
  );
}
