import { EXCELLENT_QUOTA_PERCENT, RATING_GRADE_LABELS } from '@dangvu/schema';
import { useI18n } from '../../app/i18n';
import type { GradeCountsRow, RatingSummaryRow } from './ratings.documents';

const ROWS = [
  ['EXCELLENT', 'excellent'],
  ['GOOD', 'good'],
  ['COMPLETED', 'completed'],
  ['NOT_COMPLETED', 'notCompleted'],
] as const;

/** A year's grade counts of the organisations and the members of a subtree, each with its share of those rated. */
export function RatingSummaryPanel({ summary }: { summary: RatingSummaryRow }) {
  const { t, l, lang } = useI18n();
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const percent = (n: number) => (n * 100).toLocaleString(locale, { maximumFractionDigits: 1 });
  const rated = (c: GradeCountsRow) => c.total - c.unrated;
  const cell = (c: GradeCountsRow, n: number, id: string) => (
    <td className="num" data-testid={`summary-${id}`}>
      {n.toLocaleString(locale)}
      {rated(c) ? <span className="muted small"> ({t('ratingShare', { percent: percent(n / rated(c)) })})</span> : null}
    </td>
  );
  const both = [
    ['orgs', summary.organizations],
    ['members', summary.members],
  ] as const;
  return (
    <section className="panel rating-summary" data-testid="rating-summary">
      <h2>{t('ratingSummary', { year: summary.year })}</h2>
      <table className="table">
        <thead>
          <tr>
            <th>{t('ratingGrade')}</th>
            <th className="num">{t('ratingOrganizations')}</th>
            <th className="num">{t('ratingMembers')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([grade, key]) => (
            <tr key={grade}>
              <td>{l(RATING_GRADE_LABELS, grade)}</td>
              {both.map(([id, c]) => cell(c, c[key], `${id}-${grade}`))}
            </tr>
          ))}
          <tr>
            <td>{t('ratingUnrated')}</td>
            {both.map(([id, c]) => (
              <td key={id} className="num" data-testid={`summary-${id}-unrated`}>
                {c.unrated.toLocaleString(locale)}
              </td>
            ))}
          </tr>
          <tr>
            <td>{t('ratingTotal')}</td>
            {both.map(([id, c]) => (
              <td key={id} className="num" data-testid={`summary-${id}-total`}>
                {c.total.toLocaleString(locale)}
              </td>
            ))}
          </tr>
          <tr>
            <td>
              <strong>{t('ratingGoodOrBetter')}</strong>
            </td>
            {both.map(([id, c]) => (
              <td key={id} className="num" data-testid={`summary-${id}-good-or-better`}>
                <strong>{t('ratingShare', { percent: percent(c.goodOrBetterShare) })}</strong>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {both.map(([id, c]) =>
        c.excellentQuotaExceeded ? (
          <div key={id} className="alert alert-warning" role="status" data-testid={`quota-${id}`}>
            {t('ratingQuotaExceeded', {
              who: t(id === 'orgs' ? 'ratingQuotaOrgs' : 'ratingQuotaMembers'),
              percent: EXCELLENT_QUOTA_PERCENT,
            })}
          </div>
        ) : null,
      )}
    </section>
  );
}
