import { useNavigate, useSearch } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { EntityPicker } from '../../shared/entity-picker';
import { readProblem } from '../../shared/errors';
import { fieldProps, ProblemBanner } from '../../shared/form';
import { formatDate, todayIso } from '../../shared/format';
import { saveFile } from '../../shared/save-file';
import { orgChoices } from '../organizations/org-choices';
import { OrganizationQuery } from '../organizations/organizations.documents';
import { CadreIndicatorsQuery } from './cadres.documents';
import { indicatorLines, indicatorsCsv, percentOf } from './indicators';

const day = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

/**
 * `/cadre-indicators`: the leadership indicators of a subtree (the caller's
 * scope by default; `?within=`) as of a day (`?asOf=`, today by default),
 * each as "x / y" with a bar, and their export as a spreadsheet (CSV).
 */
export function CadreIndicatorsPage() {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { within?: unknown; asOf?: unknown };
  const withinParam = typeof search.within === 'string' && search.within ? search.within : undefined;
  const asOf = day(search.asOf) ?? todayIso();
  const withinId = withinParam ?? user.scope?.id ?? null;
  const go = (next: { within?: string; asOf?: string }) =>
    void navigate({
      to: '/cadre-indicators',
      search: { within: next.within, asOf: next.asOf === todayIso() ? undefined : next.asOf } as never,
      replace: true,
    });
  const [named] = useQuery({ query: OrganizationQuery, variables: { id: withinParam ?? '' }, pause: !withinParam });
  const [{ data, error, fetching }] = useQuery({
    query: CadreIndicatorsQuery,
    variables: { withinId: withinId ?? '', asOf },
    pause: !withinId,
  });
  const chosen = withinParam ? (named.data?.organization ?? null) : user.scope;
  const n = (v: number) => v.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const lines = data ? indicatorLines(data.cadreIndicators, data.organizations.totalCount) : [];

  function exportCsv() {
    if (!data) return;
    const where = data.organization ? `${data.organization.name} (${data.organization.code})` : '';
    const blob = indicatorsCsv(
      [t('indIndicator'), 'x', 'y', '%', t('indAmong')],
      lines.map((x) => ({ label: t(x.label), of: t(x.of), value: x.value, total: x.total })),
      [t('indicatorsTitle'), where, t('indAsOf', { date: formatDate(asOf) })],
    );
    saveFile(blob, `chi-so-can-bo-${data.organization?.code ?? 'pham-vi'}-${asOf}.csv`);
  }

  return (
    <div className="page indicators-page" data-testid="cadre-indicators">
      <div className="page-header">
        <h1>{t('indicatorsTitle')}</h1>
        <div className="button-row page-actions">
          <button type="button" className="btn" data-testid="indicators-export" disabled={!data} onClick={exportCsv}>
            {t('indExport')}
          </button>
        </div>
      </div>
      <div className="filters filters-row">
        <div className="filter-group filter-wide">
          <span className="field-label">{t('membersWithin')}</span>
          <EntityPicker
            name="withinId"
            source={orgChoices()}
            selected={chosen ? [chosen] : []}
            onChange={(orgs) => go({ within: orgs[0]?.id, asOf })}
          />
        </div>
        <label>
          {t('indAsOfLabel')}
          <input
            {...fieldProps('asOf')}
            type="date"
            value={asOf}
            onChange={(e) => go({ within: withinParam, asOf: e.target.value || todayIso() })}
          />
        </label>
      </div>
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      {!withinId ? <p className="muted">{t('indPickScope')}</p> : null}
      {data ? (
        <p className="muted" data-testid="indicators-scope">
          {data.organization?.name} · {t('indAsOf', { date: formatDate(asOf) })} ·{' '}
          {t('indGrassroots', { n: n(data.cadreIndicators.grassrootsOrganizations) })} ·{' '}
          {t('indVillageCells', { n: n(data.cadreIndicators.villageCells) })}
        </p>
      ) : null}
      <ul className="indicator-list" aria-busy={fetching}>
        {lines.map((x) => {
          const percent = percentOf(x.value, x.total);
          const text = `${n(x.value)} / ${n(x.total)}`;
          return (
            <li key={x.id} className="indicator" data-testid={`indicator-${x.id}`}>
              <div className="indicator-label">
                <strong>{t(x.label)}</strong>
                <span className="muted small">{t(x.of)}</span>
              </div>
              <div
                className="progress"
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                aria-valuetext={text}
              >
                <div className="progress-fill" style={{ width: `${Math.min(100, percent)}%` }} />
              </div>
              <span className="indicator-value">
                <strong data-testid={`indicator-${x.id}-value`}>{text}</strong>{' '}
                <span className="muted small">({percent.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}%)</span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
